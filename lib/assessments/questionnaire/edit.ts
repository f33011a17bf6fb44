import type { FieldErrors } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { checkOptionCode, checkQuestionCode, type VersionHistory } from "./codes";
import {
  MIN_OFFERED,
  countOffered,
  isChoiceQuestion,
  questionnaireSchema,
  type ChoiceQuestion,
  type Question,
  type Questionnaire,
} from "./definition";

// What an administrator may do to a version, as pure functions from one definition to the next:
// add a question or an option, reword a label, retire or restore an option, make a question
// required or optional. Codes never change and nothing is deleted, so every earlier answer keeps
// its meaning. Each edit answers the form's own field names with what is wrong.

const t = messages.questionnaires;

/** An option as the add-question form lists it; `line` is its line in the form's text area. */
export type NewOption = { code: string; label: string; line?: number };

export type QuestionnaireEdit =
  | { op: "add-question"; section: string; kind: Question["kind"]; code: string; label: string; required: boolean; options: NewOption[] }
  | { op: "add-option"; question: string; code: string; label: string; before?: string }
  | { op: "rename-question"; question: string; label: string }
  | { op: "rename-option"; question: string; option: string; label: string }
  | { op: "retire-option"; question: string; option: string; retired: boolean }
  | { op: "set-required"; question: string; required: boolean };

export type EditResult = { ok: true; questionnaire: Questionnaire } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

const fieldError = (field: string, message: string): EditResult => ({ ok: false, fieldErrors: { [field]: [message] } });
const formError = (message: string): EditResult => ({ ok: false, formError: message });

/** The question in a copy of the definition, to change in place; or null. */
function locate(draft: Questionnaire, code: string): Question | null {
  for (const section of draft.sections) for (const question of section.questions) if (question.code === code) return question;
  return null;
}

function addQuestion(draft: Questionnaire, edit: Extract<QuestionnaireEdit, { op: "add-question" }>, earlier: VersionHistory) {
  const section = draft.sections.find((s) => s.code === edit.section);
  if (!section) return fieldError("section", t.unknownSection);
  const codeError = checkQuestionCode(edit.code, edit, draft, earlier);
  const optionErrors = checkNewOptions(edit, earlier);
  if (codeError || optionErrors.length) {
    const fieldErrors: FieldErrors = {};
    if (codeError) fieldErrors.code = [codeError];
    if (optionErrors.length) fieldErrors.options = optionErrors;
    return { ok: false as const, fieldErrors };
  }
  const base = { code: edit.code, label: edit.label, required: edit.required };
  const options = edit.options.map(({ code, label }) => ({ code, label }));
  const question: Question =
    edit.kind === "multi" || edit.kind === "single"
      ? { ...base, kind: edit.kind, options }
      : edit.kind === "text"
        ? { ...base, kind: "text", maxLength: 2000 }
        : { ...base, kind: "boolean" };
  section.questions.push(question);
  return null;
}

/** The new question's options: only a choice question has them, enough of them, each a new code. */
function checkNewOptions(edit: Extract<QuestionnaireEdit, { op: "add-question" }>, earlier: VersionHistory): string[] {
  if (edit.kind !== "multi" && edit.kind !== "single") return edit.options.length ? [t.optionsNotForKind] : [];
  if (edit.options.length < MIN_OFFERED[edit.kind]) return [t.optionsRequired(MIN_OFFERED[edit.kind])];
  const asked: ChoiceQuestion = { kind: edit.kind, code: edit.code, label: edit.label, required: edit.required, options: [] };
  const errors: string[] = [];
  edit.options.forEach((option, i) => {
    const error = checkOptionCode(option.code, option.label, asked, earlier);
    if (error) errors.push(t.optionLine(option.line ?? i + 1, error));
    asked.options.push(option);
  });
  return errors;
}

function addOption(draft: Questionnaire, edit: Extract<QuestionnaireEdit, { op: "add-option" }>, earlier: VersionHistory) {
  const question = locate(draft, edit.question);
  if (!question) return formError(t.unknownQuestion);
  if (!isChoiceQuestion(question)) return formError(t.notChoice);
  const codeError = checkOptionCode(edit.code, edit.label, question, earlier);
  if (codeError) return fieldError("code", codeError);
  const at = edit.before ? question.options.findIndex((o) => o.code === edit.before) : -1;
  if (edit.before && at < 0) return fieldError("before", t.unknownOption);
  question.options.splice(at < 0 ? question.options.length : at, 0, { code: edit.code, label: edit.label });
  return null;
}

function changeOption(draft: Questionnaire, edit: Extract<QuestionnaireEdit, { op: "rename-option" | "retire-option" }>) {
  const question = locate(draft, edit.question);
  if (!question) return formError(t.unknownQuestion);
  if (!isChoiceQuestion(question)) return formError(t.notChoice);
  const option = question.options.find((o) => o.code === edit.option);
  if (!option) return formError(t.unknownOption);
  if (edit.op === "rename-option") {
    option.label = edit.label;
    return null;
  }
  if (!edit.retired) delete option.retired;
  else option.retired = true;
  const min = MIN_OFFERED[question.kind];
  return countOffered(question) < min ? formError(t.tooFewLeft(min)) : null;
}

function changeQuestion(draft: Questionnaire, edit: Extract<QuestionnaireEdit, { op: "rename-question" | "set-required" }>) {
  const question = locate(draft, edit.question);
  if (!question) return formError(t.unknownQuestion);
  if (edit.op === "rename-question") {
    question.label = edit.label;
    return null;
  }
  // A condition (required only for an open drug scene) is the definition's own rule: a toggle
  // here would silently replace it.
  if ("requiredIf" in question && question.requiredIf) return formError(t.conditional);
  question.required = edit.required;
  return null;
}

/**
 * The definition after the edit, or what is wrong with the edit. `earlier` holds the versions of
 * earlier years, against which new codes are checked. The input is never changed.
 */
export function applyEdit(questionnaire: Questionnaire, edit: QuestionnaireEdit, earlier: VersionHistory): EditResult {
  const draft = structuredClone(questionnaire);
  const failure = (() => {
    switch (edit.op) {
      case "add-question":
        return addQuestion(draft, edit, earlier);
      case "add-option":
        return addOption(draft, edit, earlier);
      case "rename-option":
      case "retire-option":
        return changeOption(draft, edit);
      case "rename-question":
      case "set-required":
        return changeQuestion(draft, edit);
    }
  })();
  if (failure) return failure;
  // The definition's own invariants hold after every edit (unique codes, options enough to answer).
  return { ok: true, questionnaire: questionnaireSchema.parse(draft) };
}

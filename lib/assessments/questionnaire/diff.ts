import { listQuestions, type Option, type Question, type Questionnaire } from "./definition";

// What changed between two versions, question by question in the newer version's order: questions
// added (or gone), their wording, kind and requirement, and their options added, retired,
// restored, reworded (or gone). Codes identify questions and options across years. Pure: the
// comparison page and the audit log read the same list.

/** When a question must be answered on submission. */
export type Requirement = { required: boolean; when?: { question: string; equals: boolean | string } };

type QuestionRef = { question: string; questionLabel: string };
type OptionRef = QuestionRef & { option: string; optionLabel: string };

export type QuestionnaireChange =
  | (QuestionRef & { kind: "question-added"; section: string; questionKind: Question["kind"] })
  | (QuestionRef & { kind: "question-removed" })
  | (QuestionRef & { kind: "question-label"; from: string; to: string })
  | (QuestionRef & { kind: "question-kind"; from: Question["kind"]; to: Question["kind"] })
  | (QuestionRef & { kind: "question-required"; from: Requirement; to: Requirement })
  | (OptionRef & { kind: "option-added"; retired: boolean })
  | (OptionRef & { kind: "option-removed" | "option-retired" | "option-restored" })
  | (OptionRef & { kind: "option-label"; from: string; to: string });

export function requirementOf(question: Question): Requirement {
  if ("requiredIf" in question && question.requiredIf) return { required: false, when: question.requiredIf };
  return { required: question.required };
}

const sameRequirement = (a: Requirement, b: Requirement) =>
  a.required === b.required && a.when?.question === b.when?.question && a.when?.equals === b.when?.equals;

const optionsOf = (question: Question): Option[] => ("options" in question ? question.options : []);

function diffOptions(from: Question, to: Question): QuestionnaireChange[] {
  const ref: QuestionRef = { question: to.code, questionLabel: to.label };
  const before = new Map(optionsOf(from).map((o) => [o.code, o]));
  const changes: QuestionnaireChange[] = [];
  for (const option of optionsOf(to)) {
    const at = { ...ref, option: option.code, optionLabel: option.label };
    const old = before.get(option.code);
    if (!old) {
      changes.push({ ...at, kind: "option-added", retired: !!option.retired });
      continue;
    }
    if (old.label !== option.label) changes.push({ ...at, kind: "option-label", from: old.label, to: option.label });
    if (!old.retired && option.retired) changes.push({ ...at, kind: "option-retired" });
    if (old.retired && !option.retired) changes.push({ ...at, kind: "option-restored" });
  }
  const kept = new Set(optionsOf(to).map((o) => o.code));
  for (const old of optionsOf(from)) {
    if (!kept.has(old.code)) changes.push({ ...ref, option: old.code, optionLabel: old.label, kind: "option-removed" });
  }
  return changes;
}

function diffQuestion(from: Question, to: Question): QuestionnaireChange[] {
  const ref: QuestionRef = { question: to.code, questionLabel: to.label };
  const changes: QuestionnaireChange[] = [];
  if (from.label !== to.label) changes.push({ ...ref, kind: "question-label", from: from.label, to: to.label });
  if (from.kind !== to.kind) changes.push({ ...ref, kind: "question-kind", from: from.kind, to: to.kind });
  const [was, is] = [requirementOf(from), requirementOf(to)];
  if (!sameRequirement(was, is)) changes.push({ ...ref, kind: "question-required", from: was, to: is });
  return [...changes, ...diffOptions(from, to)];
}

/** The changes that turn `from` into `to`; empty when they ask the same. */
export function diffQuestionnaires(from: Questionnaire, to: Questionnaire): QuestionnaireChange[] {
  const before = new Map(listQuestions(from).map((q) => [q.code, q]));
  const changes: QuestionnaireChange[] = [];
  for (const section of to.sections) {
    for (const question of section.questions) {
      const old = before.get(question.code);
      if (old) changes.push(...diffQuestion(old, question));
      else
        changes.push({
          kind: "question-added",
          question: question.code,
          questionLabel: question.label,
          section: section.title,
          questionKind: question.kind,
        });
    }
  }
  const kept = new Set(listQuestions(to).map((q) => q.code));
  for (const old of listQuestions(from)) {
    if (!kept.has(old.code)) changes.push({ kind: "question-removed", question: old.code, questionLabel: old.label });
  }
  return changes;
}

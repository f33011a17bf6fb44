import { messages } from "@/lib/i18n";
import { findQuestion, type Questionnaire } from "./definition";
import type { QuestionnaireChange, Requirement } from "./diff";

// A change between two versions in words, for the comparison page and the audit log. Client-safe.

const t = messages.questionnaires;

/** One change as a row: which question (and option), what happened, before and after. */
export type ChangeRow = { subject: string; change: string; before: string; after: string };

const named = (label: string, code: string) => `${label} (${code})`;

/** When a question must be answered, in words; `questionnaire` names the question a condition reads. */
export function requirementText(requirement: Requirement, questionnaire: Questionnaire): string {
  const { when } = requirement;
  if (!when) return requirement.required ? t.requirements.required : t.requirements.optional;
  const label = findQuestion(questionnaire, when.question)?.label ?? when.question;
  const value = when.equals === true ? messages.assessmentForm.yes : when.equals === false ? messages.assessmentForm.no : when.equals;
  return t.requirements.when(label, value);
}

/** `questionnaire`: the newer version, which names the questions a requirement depends on. */
export function describeQuestionnaireChange(change: QuestionnaireChange, questionnaire: Questionnaire): ChangeRow {
  const question = named(change.questionLabel, change.question);
  const subject = "option" in change ? `${question}: ${named(change.optionLabel, change.option)}` : question;
  const row = { subject, change: t.changes[change.kind], before: "", after: "" };
  switch (change.kind) {
    case "question-added":
      return { ...row, after: `${t.kinds[change.questionKind]}, ${t.inSection(change.section)}` };
    case "question-label":
    case "option-label":
      return { ...row, before: change.from, after: change.to };
    case "question-kind":
      return { ...row, before: t.kinds[change.from], after: t.kinds[change.to] };
    case "question-required":
      return { ...row, before: requirementText(change.from, questionnaire), after: requirementText(change.to, questionnaire) };
    case "option-added":
      return { ...row, after: change.retired ? `${change.optionLabel} (${t.retiredSuffix})` : change.optionLabel };
    case "option-retired":
      return { ...row, before: t.optionActive, after: t.optionRetired };
    case "option-restored":
      return { ...row, before: t.optionRetired, after: t.optionActive };
    case "question-removed":
    case "option-removed":
      return row;
  }
}

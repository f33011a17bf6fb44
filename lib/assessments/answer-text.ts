import type { AnswerValue, Answers, Question } from "./questionnaire/definition";
import { messages } from "@/lib/i18n";

// Answers as people read them (labels, not codes), and as form fields hold them (text).

const t = messages.assessmentForm;

export function describeAnswer(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return t.notAnswered;
  if (question.kind === "boolean") return value ? t.yes : t.no;
  if (question.kind === "text") return String(value);
  const labels = new Map(question.options.map((o) => [o.code, o.label]));
  return ([] as string[])
    .concat(value as string | string[])
    .map((code) => labels.get(code) ?? code)
    .join(", ");
}

/** A stored answer as the form field's value: "yes"/"no" for booleans, codes otherwise. */
export function toFieldValue(value: AnswerValue | undefined): string | string[] {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value;
}

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  const norm = (v: AnswerValue | undefined) => (Array.isArray(v) ? [...v].sort().join("|") : v === undefined ? "" : String(v));
  return norm(a) === norm(b);
}

/** The questions whose answer differs from the previous year's. */
export function listChangedAnswers(questions: Question[], answers: Answers, previous: Answers): Set<string> {
  return new Set(questions.filter((q) => !same(answers[q.code], previous[q.code])).map((q) => q.code));
}

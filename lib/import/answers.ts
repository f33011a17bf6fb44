import { buildAnswersSchema, type RawAnswers } from "@/lib/assessments/questionnaire/answers";
import {
  listQuestions,
  questionnaireSchema,
  type Answers,
  type Question,
  type Questionnaire,
} from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { messages } from "@/lib/i18n";
import type { ImportAssessment, ImportIssue } from "./format";

// An imported assessment's answers, checked with the year's questionnaire in draft mode: earlier
// systems' data may be incomplete, but every code must exist and every text pass the same checks
// as the form (length, no identity numbers). Pure.

const t = messages.import;

/** The file's named fields and the question codes they stand for. */
const NAMED_ANSWERS = {
  isOpenDrugScene: "is_open_drug_scene",
  development: "development",
  symptoms: "symptoms",
  mainSubstance: "main_substance",
} as const;

/**
 * The questionnaire an import uses for a year: the stored one, else a copy of the latest earlier
 * version (what ensureQuestionnaire creates), else the first version (years before any stored).
 */
export function questionnaireForYear(stored: Map<number, Questionnaire>, year: number): Questionnaire {
  const own = stored.get(year);
  if (own) return own;
  const earlier = [...stored.keys()].filter((y) => y < year).sort((a, b) => b - a)[0];
  const base = earlier === undefined ? questionnaireVersion1(year) : { ...stored.get(earlier)!, year };
  return questionnaireSchema.parse(base);
}

/** The answer as the form would post it, or null when its type does not fit the question. */
function toRawAnswer(question: Question, value: unknown): string | string[] | undefined | null {
  if (value === null || value === undefined) return undefined;
  switch (question.kind) {
    case "boolean":
      return typeof value === "boolean" ? (value ? "yes" : "no") : null;
    case "multi":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
    case "single":
    case "text":
      return typeof value === "string" ? value : null;
  }
}

/** The fields of an assessment that hold answers: those well-formed (lib/import/format.ts). */
export type AnswerFields = Partial<Pick<ImportAssessment, "answers" | keyof typeof NAMED_ANSWERS>>;

/** Collects the answers by code with the path each came from, the named fields included. */
function collectAnswers(assessment: AnswerFields, at: string, issues: ImportIssue[]): Map<string, { value: unknown; path: string }> {
  const own = Object.entries(assessment.answers ?? {});
  const given = new Map(own.map(([code, value]) => [code, { value, path: `${at}.answers.${code}` }]));
  for (const [field, code] of Object.entries(NAMED_ANSWERS)) {
    const value = assessment[field as keyof typeof NAMED_ANSWERS];
    if (value === undefined) continue;
    if (given.has(code)) issues.push({ path: `${at}.${field}`, message: t.answerGivenTwice(`answers.${code}`) });
    else given.set(code, { value, path: `${at}.${field}` });
  }
  return given;
}

/** Checks an assessment's answers; returns them as stored, or null with the issues. */
export function readImportAnswers(
  assessment: AnswerFields,
  questionnaire: Questionnaire,
  at: string,
  issues: ImportIssue[],
): Answers | null {
  const before = issues.length;
  const questions = new Map(listQuestions(questionnaire).map((q) => [q.code, q]));
  const given = collectAnswers(assessment, at, issues);
  const raw: RawAnswers = {};
  for (const [code, { value, path }] of given) {
    const question = questions.get(code);
    if (!question) {
      issues.push({ path, message: t.unknownQuestion(questionnaire.year) });
      continue;
    }
    const answer = toRawAnswer(question, value);
    if (answer === null) issues.push({ path, message: t.answerType[question.kind] });
    else raw[code] = answer;
  }
  const parsed = buildAnswersSchema(questionnaire, "draft").safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const code = String(issue.path[0] ?? "");
      issues.push({ path: given.get(code)?.path ?? `${at}.answers.${code}`, message: issue.message });
    }
  }
  return parsed.success && issues.length === before ? parsed.data : null;
}

/** The columns the statistics count by, copied from the answers as lib/assessments/mutations.ts does. */
export function countedColumns(answers: Answers) {
  const pick = (code: string) => (typeof answers[code] === "string" ? (answers[code] as string) : null);
  return {
    isOpenDrugScene: typeof answers.is_open_drug_scene === "boolean" ? answers.is_open_drug_scene : null,
    development: pick("development"),
    mainSubstance: pick("main_substance"),
  };
}

import { SCENE_COLUMN_KEYS } from "@/lib/exports/table";
import { messages } from "@/lib/i18n";
import { CODE_PATTERN, MAX_CODE_LENGTH, findQuestion, type ChoiceQuestion, type Questionnaire } from "./definition";

// A new code must not clash: exports, imports and the API read a code as the same question (or the
// same option) in every year, so a code may never mean two things. Checked against the version
// itself (retired options included) and against every earlier year's version. Pure.

const t = messages.questionnaires;

/** Earlier years' versions, newest first: what a new code is checked against. */
export type VersionHistory = { year: number; questionnaire: Questionnaire }[];

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");

function checkFormat(code: string): string | null {
  if (code.length > MAX_CODE_LENGTH) return t.codeTooLong;
  return CODE_PATTERN.test(code) ? null : t.codeFormat;
}

/**
 * Why a new question's code cannot be used, or null. A code an earlier year used for a question of
 * the same kind and text may come back (the same question, asked again); any other use is a clash.
 */
export function checkQuestionCode(
  code: string,
  question: { kind: string; label: string },
  questionnaire: Questionnaire,
  earlier: VersionHistory,
): string | null {
  const format = checkFormat(code);
  if (format) return format;
  // The export's own columns come first: a question with such a code would lose its column.
  if (SCENE_COLUMN_KEYS.includes(code)) return t.codeReserved(code);
  const own = findQuestion(questionnaire, code);
  if (own) return t.questionCodeTaken(own.label);
  for (const { year, questionnaire: version } of earlier) {
    const used = findQuestion(version, code);
    if (used && (used.kind !== question.kind || !sameText(used.label, question.label))) return t.questionCodeUsedBefore(year, used.label);
  }
  return null;
}

/**
 * Why a new option's code cannot be used in this question, or null. Option codes are the
 * question's own (`other` may be an option of several questions); a code the question had in an
 * earlier year may come back only with the same text.
 */
export function checkOptionCode(code: string, label: string, question: ChoiceQuestion, earlier: VersionHistory): string | null {
  const format = checkFormat(code);
  if (format) return format;
  const own = question.options.find((o) => o.code === code);
  if (own) return own.retired ? t.optionCodeRetired(own.label) : t.optionCodeTaken(own.label);
  for (const { year, questionnaire: version } of earlier) {
    const before = findQuestion(version, question.code);
    const used = before && "options" in before ? before.options.find((o) => o.code === code) : undefined;
    if (used && !sameText(used.label, label)) return t.optionCodeUsedBefore(year, used.label);
  }
  return null;
}

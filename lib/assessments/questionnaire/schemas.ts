import { z } from "@/lib/forms/zod";
import { requiredText, versionField } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { FIRST_YEAR, plannedYears } from "@/lib/years";
import { CODE_PATTERN, MAX_CODE_LENGTH } from "./definition";
import type { NewOption } from "./edit";

// The administrator's forms for a year's questionnaire, one schema each, shared by the form and
// its action. Whether a code clashes is decided against the stored versions (./codes.ts, in the
// mutation); here only its shape. Client-safe.

const t = messages.questionnaires;

/** A version's year: from the register's first year up to next year (the one being prepared). */
const yearField = z.coerce
  .number()
  .int()
  .refine((year) => year >= FIRST_YEAR && year <= plannedYears().last, {
    error: () => messages.validation.yearOutOfRange(FIRST_YEAR, plannedYears().last),
  });

const codeField = requiredText(t.codeFormat).max(MAX_CODE_LENGTH, t.codeTooLong).regex(CODE_PATTERN, t.codeFormat);
// Labels are shown to every analyst and in the exports: free text like any other.
const label = (max: number) => freeText(t.labelRequired).max(max, t.labelTooLong(max));
const questionLabel = label(300);
const optionLabel = label(200);
const reference = z.string().trim().min(1);
const flag = z.enum(["true", "false"]).transform((v) => v === "true");

const target = { year: yearField, version: versionField };

export const prepareQuestionnaireSchema = z.object({ year: yearField });
export const publishQuestionnaireSchema = z.object(target);

/** One option a line, `code = label`; blank lines are skipped, each error names its line. */
function parseOptionLines(text: string, ctx: z.RefinementCtx): NewOption[] {
  const options: NewOption[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const at = raw.indexOf("=");
    const code = at < 0 ? "" : raw.slice(0, at).trim();
    const label = at < 0 ? "" : raw.slice(at + 1).trim();
    const problem = !code || !label ? t.optionLineFormat : options.some((o) => o.code === code) ? t.optionLineTwice(code) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["options"], message: t.optionLine(line, problem) });
    else options.push({ code, label, line });
  });
  return options;
}

export const addQuestionSchema = z.object({
  ...target,
  section: requiredText(t.sectionRequired),
  kind: z.enum(["multi", "single", "boolean", "text"], { error: t.kindRequired }),
  code: codeField,
  label: questionLabel,
  required: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
  options: freeText().max(20_000).default("").transform(parseOptionLines),
});

export const addOptionSchema = z.object({
  ...target,
  question: reference,
  code: codeField,
  label: optionLabel,
  before: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
});

export const renameQuestionSchema = z.object({ ...target, question: reference, label: questionLabel });
export const renameOptionSchema = z.object({ ...target, question: reference, option: reference, label: optionLabel });
export const retireOptionSchema = z.object({ ...target, question: reference, option: reference, retired: flag });
export const setRequiredSchema = z.object({ ...target, question: reference, required: flag });

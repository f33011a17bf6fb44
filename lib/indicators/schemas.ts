import { z } from "@/lib/forms/zod";
import { isIsoDay } from "@/lib/days";
import { decimalText, optionalText, whenValid } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { followedYearSchema } from "@/lib/years";
import { INDICATORS, isShare } from "./codes";

// An indicator value as the form posts it and as a CSV line holds it: every field a string, read
// here. Client-safe: the form, its action and the CSV import refuse the same input.

const t = messages.indicators;

const value = decimalText(t.valueRequired, t.valueNotNumber);

const day = optionalText.refine((v) => v === undefined || isIsoDay(v), t.dateInvalid);

const sampleSize = optionalText
  .refine((v) => v === undefined || /^\d+$/.test(v), t.sampleSizeInvalid)
  .transform((v) => (v === undefined ? undefined : Number(v)))
  .refine((v) => v === undefined || v > 0, t.sampleSizeInvalid);

const indicatorFields = z.object({
  year: followedYearSchema,
  indicator: z.enum(INDICATORS, { error: t.indicatorRequired }),
  value,
  source: freeText(t.sourceRequired).max(500, t.sourceTooLong),
  periodFrom: day,
  periodTo: day,
  sampleSize,
});

type IndicatorFields = z.infer<typeof indicatorFields>;

/** Counts are whole and not negative; a share (of a survey's respondents) lies between 0 and 1. */
function checkValue(fields: IndicatorFields, ctx: z.RefinementCtx<IndicatorFields>) {
  const share = isShare(fields.indicator);
  const ok = share ? fields.value >= 0 && fields.value <= 1 : Number.isInteger(fields.value) && fields.value >= 0;
  if (!ok) ctx.addIssue({ code: "custom", path: ["value"], message: share ? t.shareInvalid : t.countInvalid });
}

function checkPeriod(fields: IndicatorFields, ctx: z.RefinementCtx<IndicatorFields>) {
  // ISO days compare as text.
  if (fields.periodFrom && fields.periodTo && fields.periodFrom > fields.periodTo) {
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: t.periodOrder });
  }
}

/** Only a survey has respondents. */
function checkSampleSize(fields: IndicatorFields, ctx: z.RefinementCtx<IndicatorFields>) {
  if (fields.sampleSize !== undefined && !isShare(fields.indicator)) {
    ctx.addIssue({ code: "custom", path: ["sampleSize"], message: t.sampleSizeOnlyShare });
  }
}

/** One value of one indicator for one year, without its scene: a CSV line after its `ref`. */
export const indicatorValueSchema = indicatorFields
  .superRefine(checkValue, whenValid<IndicatorFields>("indicator", "value"))
  .superRefine(checkPeriod, whenValid<IndicatorFields>("periodFrom", "periodTo"))
  .superRefine(checkSampleSize, whenValid<IndicatorFields>("indicator", "sampleSize"));

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
/** The fields as posted or read from a file: strings, absent when empty. */
export type IndicatorValueFields = z.input<typeof indicatorFields>;

/**
 * The form: the value with its scene and, when it corrects a stored value, the version the user
 * started from (absent for a new value).
 */
export const saveIndicatorSchema = indicatorFields
  .extend({
    sceneId: z.string().min(1),
    version: optionalText.transform((v) => (v === undefined ? undefined : Number(v))).pipe(z.number().int().min(1).optional()),
  })
  .superRefine(checkValue, whenValid<IndicatorFields>("indicator", "value"))
  .superRefine(checkPeriod, whenValid<IndicatorFields>("periodFrom", "periodTo"))
  .superRefine(checkSampleSize, whenValid<IndicatorFields>("indicator", "sampleSize"));

export type SaveIndicatorInput = z.infer<typeof saveIndicatorSchema>;

import { z } from "@/lib/forms/zod";
import { isIsoDay } from "@/lib/days";
import { messages } from "@/lib/i18n";
import { optionalText, versionField, whenValid } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { buildHref } from "@/lib/url/href";
import { areaParamFields } from "@/lib/url/area";
import { pageParamField } from "@/lib/url/page";
import { fromYearQuery, toYearQuery, YEAR_PARAM, yearParamField } from "@/lib/url/year";
import { plannedYears } from "@/lib/years";
import { EFFECTS, INTERVENTION_ACTORS, INTERVENTION_TYPES } from "./codes";

// The intervention forms' schemas, shared by the forms and the server actions, and the list's
// filters. Client-safe. Days stay text (YYYY-MM-DD): they are calendar days, not instants, and
// text compares and stores without a time zone to misread.

const t = messages.interventions;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_TEXT_LENGTH = 4000;

const yearOf = (day: string) => Number(day.slice(0, 4));

/** A calendar day as YYYY-MM-DD within the years the register covers. */
const day = (message: string) =>
  z
    .string({ message })
    .trim()
    .refine(isIsoDay, { message, abort: true })
    .refine((d) => yearOf(d) >= MIN_YEAR && yearOf(d) <= MAX_YEAR, t.dateOutOfRange(MIN_YEAR, MAX_YEAR));

const optionalDay = optionalText.pipe(day(t.endDateInvalid).optional());

const text = (required: string, tooLong: string) => freeText(required).max(MAX_TEXT_LENGTH, tooLong);

const id = z.string().trim().min(1);

const interventionFields = z.object({
  type: z.enum(INTERVENTION_TYPES, { message: t.typeRequired }),
  actor: z.enum(INTERVENTION_ACTORS, { message: t.actorRequired }),
  startDate: day(t.startDateRequired),
  endDate: optionalDay,
  description: text(t.descriptionRequired, t.descriptionTooLong(MAX_TEXT_LENGTH)),
});

type InterventionFields = z.infer<typeof interventionFields>;

/** The end may not precede the start; checked only when both days parsed, so all errors show. */
function checkPeriod(fields: InterventionFields, ctx: z.RefinementCtx<InterventionFields>) {
  if (fields.endDate && fields.endDate < fields.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: t.endBeforeStart });
}

const whenPeriodParsed = whenValid<InterventionFields>("startDate", "endDate");

/** The stored shape: an ongoing intervention has no end. */
const toIntervention = <T extends InterventionFields>({ endDate, ...fields }: T) => ({ ...fields, endDate: endDate ?? null });

export const createInterventionSchema = interventionFields
  .extend({ sceneId: id })
  .superRefine(checkPeriod, whenPeriodParsed)
  .transform(toIntervention);

export const updateInterventionSchema = interventionFields
  .extend({ id, version: versionField })
  .superRefine(checkPeriod, whenPeriodParsed)
  .transform(toIntervention);

export const evaluateInterventionSchema = z.object({
  id,
  version: versionField,
  effect: z.enum(EFFECTS, { message: t.effectRequired }),
  evaluation: text(t.evaluationRequired, t.evaluationTooLong(MAX_TEXT_LENGTH)),
});

export type CreateInterventionInput = z.infer<typeof createInterventionSchema>;
export type UpdateInterventionInput = z.infer<typeof updateInterventionSchema>;
export type EvaluateInterventionInput = z.infer<typeof evaluateInterventionSchema>;

/** The list's and the export's filters, read from the query string; anything unknown is ignored. */
export const interventionFiltersSchema = z
  .object({
    type: z.enum(INTERVENTION_TYPES).optional().catch(undefined),
    actor: z.enum(INTERVENTION_ACTORS).optional().catch(undefined),
    ...areaParamFields,
    [YEAR_PARAM]: yearParamField(plannedYears),
    page: pageParamField,
  })
  .transform(fromYearQuery);

export type InterventionFilters = z.infer<typeof interventionFiltersSchema>;

/** The filters' query parameters (the page is not a filter). */
const FILTER_PARAMS = ["type", "actor", "municipality", "policeArea", YEAR_PARAM] as const;

const toFilterQuery = ({ type, actor, municipality, policeArea, year }: Partial<InterventionFilters>) =>
  toYearQuery({ type, actor, municipality, policeArea, year });

/**
 * The export's filters from its query string. Stricter than the page: a tool that sends a value
 * the filter cannot read gets told which, rather than every intervention.
 */
export function readExportFilters(params: URLSearchParams): { ok: true; filters: InterventionFilters } | { ok: false; param: string } {
  const filters = interventionFiltersSchema.parse(Object.fromEntries(params));
  const query = toFilterQuery(filters);
  const unread = FILTER_PARAMS.find((param) => params.get(param) && query[param] === undefined);
  return unread ? { ok: false, param: unread } : { ok: true, filters };
}

/** The export links for the filters (without the page), relative to the app's origin. */
export function interventionExportPaths(filters: Partial<InterventionFilters>) {
  const query = toFilterQuery(filters);
  return {
    csv: buildHref("/api/v1/exports/interventions.csv", query),
    xlsx: buildHref("/api/v1/exports/interventions.xlsx", query),
  };
}

import { z } from "@/lib/forms/zod";
import { checkDistrictRule } from "@/lib/areas/district-rule";
import { messages } from "@/lib/i18n";
import { checkExtent, checkPoint, distanceToExtentM, MAX_DISTANCE_M } from "./geometry";

// The scene forms' schemas, shared by the form and the server action. Client-safe: the geometry
// rules are pure functions, so the browser and the server refuse the same input.

const t = messages.scenes;

export const FIRST_YEAR = 2010;
export const currentYear = () => new Date().getFullYear();

const required = (message: string) => z.string({ message }).trim().min(1, message);
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
/** A decimal as typed in Sweden or elsewhere: "59,388" and "59.388" alike. */
const decimal = (message: string) =>
  required(message)
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number({ message: messages.geometry.pointInvalid }).finite(messages.geometry.pointInvalid));
const year = (message: (min: number, max: number) => string) =>
  z.coerce.number().int().min(FIRST_YEAR, message(FIRST_YEAR, currentYear())).max(currentYear(), message(FIRST_YEAR, currentYear()));

/** The extent as GeoJSON text, checked on its own (the distance to the point is checked below). */
const extentText = required(t.extentRequired).transform((text, ctx) => {
  const result = checkExtent(text, null);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
});

const sceneFields = z.object({
  name: required(t.nameRequired).pipe(z.string().max(200)),
  description: z.string().trim().max(4000).default(""),
  municipalityCode: required(t.municipalityRequired),
  policeAreaId: required(t.policeAreaRequired),
  districtId: optionalId,
  lat: decimal(t.latRequired),
  lng: decimal(t.lngRequired),
  extent: extentText,
  firstYear: year(t.yearInvalid),
});

type SceneFields = z.infer<typeof sceneFields>;

/** Runs a cross-field rule whenever the fields it reads parsed, so all errors show at once. */
const whenValid = (...fields: (keyof SceneFields)[]) => ({
  when: (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(issue.path?.[0] as keyof SceneFields)),
});

function checkPointInCounty(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  const point = checkPoint({ lat: fields.lat, lng: fields.lng });
  if (!point.ok) ctx.addIssue({ code: "custom", path: ["lat"], message: point.error });
}

function checkExtentNearPoint(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  const point = { lat: fields.lat, lng: fields.lng };
  if (checkPoint(point).ok && distanceToExtentM(point, fields.extent.polygon) > MAX_DISTANCE_M) {
    ctx.addIssue({ code: "custom", path: ["extent"], message: messages.geometry.extentFarFromPoint });
  }
}

function checkDistrict(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  const error = checkDistrictRule(fields.municipalityCode, fields.districtId);
  if (error) ctx.addIssue({ code: "custom", path: ["districtId"], message: error });
}

/** The stored shape: the polygon and its computed area instead of the typed text. */
function toScene<T extends SceneFields>({ extent, ...fields }: T) {
  return { ...fields, districtId: fields.districtId ?? null, extent: extent.polygon, areaM2: extent.areaM2 };
}

export const createSceneSchema = sceneFields
  .superRefine(checkPointInCounty, whenValid("lat", "lng"))
  .superRefine(checkExtentNearPoint, whenValid("lat", "lng", "extent"))
  .superRefine(checkDistrict, whenValid("municipalityCode", "districtId"))
  .transform(toScene);

export const updateSceneSchema = sceneFields
  .extend({ id: z.string().min(1), version: z.coerce.number().int().min(1) })
  .superRefine(checkPointInCounty, whenValid("lat", "lng"))
  .superRefine(checkExtentNearPoint, whenValid("lat", "lng", "extent"))
  .superRefine(checkDistrict, whenValid("municipalityCode", "districtId"))
  .transform(toScene);

export type CreateSceneInput = z.infer<typeof createSceneSchema>;
export type UpdateSceneInput = z.infer<typeof updateSceneSchema>;

const lifecycleFields = z.object({ id: z.string().min(1), version: z.coerce.number().int().min(1), lastYear: year(t.yearInvalid) });

export const closeSceneSchema = lifecycleFields;

export const mergeSceneSchema = lifecycleFields.extend({ targetId: required(t.targetRequired) });

export const splitSceneSchema = lifecycleFields.extend({
  targetIds: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.string().min(1)).min(2, t.targetsRequired)),
});

export type CloseSceneInput = z.infer<typeof closeSceneSchema>;
export type MergeSceneInput = z.infer<typeof mergeSceneSchema>;
export type SplitSceneInput = z.infer<typeof splitSceneSchema>;

/** The list page's filters, read from the query string; anything unknown is ignored. */
export const sceneFiltersSchema = z.object({
  municipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .catch(undefined),
  policeArea: z.string().min(1).optional().catch(undefined),
  district: z.string().min(1).optional().catch(undefined),
  status: z.enum(["ACTIVE", "CLOSED", "MERGED", "SPLIT"]).optional().catch(undefined),
  year: z.coerce.number().int().min(FIRST_YEAR).max(2100).optional().catch(undefined),
  sort: z.enum(["ref", "name", "municipality", "policeArea", "firstYear", "area"]).default("ref").catch("ref"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export type SceneFilters = z.infer<typeof sceneFiltersSchema>;

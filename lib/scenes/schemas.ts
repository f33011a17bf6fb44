import { z } from "@/lib/forms/zod";
import { decimalText, optionalText, requiredText, versionField, whenValid } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { areaParamFields } from "@/lib/url/area";
import { pageParamField } from "@/lib/url/page";
import { fromYearQuery, YEAR_PARAM, yearParamField } from "@/lib/url/year";
import { followedYearSchema } from "@/lib/years";
import { checkExtent, checkPoint, distanceToExtentM, MAX_DISTANCE_M } from "./geometry";
import { SCENE_STATUSES } from "./status";
import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";

// The scene forms' schemas, shared by the form and the server action. Client-safe: the geometry
// rules are pure functions, so the browser and the server refuse the same input.

const t = messages.scenes;

// Read from here by lib/import/validate.ts, which another branch is rewriting; the years live in lib/years.ts.

const coordinate = (required: string) => decimalText(required, messages.geometry.pointInvalid);

/** The extent as GeoJSON text, checked on its own (the distance to the point is checked below). */
const extentText = requiredText(t.extentRequired).transform((text, ctx) => {
  const result = checkExtent(text, null);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
});

// The municipality, LPO and district may be left empty: the server fills them in from the point
// (lib/scenes/attribution.ts), which is how the form works without JavaScript. It applies the
// district rule after that; the schema refuses at once only what no filling in can mend, a
// district outside Stockholm city.
const sceneFields = z.object({
  name: freeText(t.nameRequired).max(200),
  description: freeText().max(4000).default(""),
  municipalityCode: optionalText,
  policeAreaId: optionalText,
  districtId: optionalText,
  /** An admin keeping a place the point disagrees with (a checkbox), with the reason. */
  overrideAttribution: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
  overrideReason: freeText().max(1000).optional(),
  lat: coordinate(t.latRequired),
  lng: coordinate(t.lngRequired),
  extent: extentText,
  firstYear: followedYearSchema,
});

type SceneFields = z.infer<typeof sceneFields>;

function checkPointInCounty(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  const point = checkPoint({ lat: fields.lat, lng: fields.lng });
  if (!point.ok) ctx.addIssue({ code: "custom", path: ["lat"], message: point.error });
}

function checkDistrictOnlyInCity(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  if (fields.municipalityCode && fields.municipalityCode !== STOCKHOLM_CITY && fields.districtId) {
    ctx.addIssue({ code: "custom", path: ["districtId"], message: t.districtOnlyStockholm });
  }
}

function checkOverrideReason(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  if (fields.overrideAttribution && !fields.overrideReason) {
    ctx.addIssue({ code: "custom", path: ["overrideReason"], message: messages.places.attribution.overrideReasonRequired });
  }
}

function checkExtentNearPoint(fields: SceneFields, ctx: z.RefinementCtx<SceneFields>) {
  const point = { lat: fields.lat, lng: fields.lng };
  if (checkPoint(point).ok && distanceToExtentM(point, fields.extent.polygon) > MAX_DISTANCE_M) {
    ctx.addIssue({ code: "custom", path: ["extent"], message: messages.geometry.extentFarFromPoint });
  }
}

/** The stored shape: the polygon and its computed area instead of the typed text. */
function toScene<T extends SceneFields>({ extent, overrideAttribution, overrideReason, ...fields }: T) {
  return {
    ...fields,
    districtId: fields.districtId ?? null,
    extent: extent.polygon,
    areaM2: extent.areaM2,
    override: overrideAttribution ? (overrideReason ?? null) : null,
  };
}

export const createSceneSchema = sceneFields
  .superRefine(checkPointInCounty, whenValid<SceneFields>("lat", "lng"))
  .superRefine(checkExtentNearPoint, whenValid<SceneFields>("lat", "lng", "extent"))
  .superRefine(checkDistrictOnlyInCity, whenValid<SceneFields>("municipalityCode", "districtId"))
  .superRefine(checkOverrideReason, whenValid<SceneFields>("overrideAttribution", "overrideReason"))
  .transform(toScene);

export const updateSceneSchema = sceneFields
  .extend({ id: z.string().min(1), version: versionField })
  .superRefine(checkPointInCounty, whenValid<SceneFields>("lat", "lng"))
  .superRefine(checkExtentNearPoint, whenValid<SceneFields>("lat", "lng", "extent"))
  .superRefine(checkDistrictOnlyInCity, whenValid<SceneFields>("municipalityCode", "districtId"))
  .superRefine(checkOverrideReason, whenValid<SceneFields>("overrideAttribution", "overrideReason"))
  .transform(toScene);

export type CreateSceneInput = z.infer<typeof createSceneSchema>;
export type UpdateSceneInput = z.infer<typeof updateSceneSchema>;

const lifecycleFields = z.object({ id: z.string().min(1), version: versionField, lastYear: followedYearSchema });

export const closeSceneSchema = lifecycleFields;

export const mergeSceneSchema = lifecycleFields.extend({ targetId: requiredText(t.targetRequired) });

export const splitSceneSchema = lifecycleFields.extend({
  targetIds: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.string().min(1)).min(2, t.targetsRequired)),
});

export type CloseSceneInput = z.infer<typeof closeSceneSchema>;
export type MergeSceneInput = z.infer<typeof mergeSceneSchema>;
export type SplitSceneInput = z.infer<typeof splitSceneSchema>;

/** The list's and the map's filters, read from the query string; anything unknown is ignored. */
export const sceneFiltersSchema = z
  .object({
    ...areaParamFields,
    district: z.string().min(1).optional().catch(undefined),
    status: z.enum(SCENE_STATUSES).optional().catch(undefined),
    [YEAR_PARAM]: yearParamField(),
    sort: z.enum(["ref", "name", "municipality", "policeArea", "firstYear", "area"]).default("ref").catch("ref"),
    dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
    page: pageParamField,
  })
  .transform(fromYearQuery);

export type SceneFilters = z.infer<typeof sceneFiltersSchema>;

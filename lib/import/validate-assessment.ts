import type { Polygon } from "geojson";
import type { Answers } from "@/lib/assessments/questionnaire/definition";
import { messages } from "@/lib/i18n";
import { checkExtent, type LatLng } from "@/lib/scenes/geometry";
import { FIRST_YEAR } from "@/lib/years";
import { questionnaireForYear, readImportAnswers } from "./answers";
import {
  checkPlaceAgainstPoint,
  resolvePlace,
  type ImportReference,
  type PlaceIssue,
  type PlaceNames,
  type ResolvedPlace,
} from "./attribution";
import type { ImportIssue, ParsedAssessment } from "./format";

// An assessment of the file against the rules the assessment form applies: its year within the
// scene's years, its areas that year (each defaulting to the scene's), its extent and answers.
// Every check runs whatever the others found; only a check that needs a malformed field waits.

const t = messages.import;

export type Extent = { polygon: Polygon; areaM2: number } | null;

export type PlannedAssessment = ResolvedPlace & {
  year: number;
  status: "DRAFT" | "SUBMITTED" | "COSIGNED" | "RETURNED";
  answers: Answers;
  extent: Extent;
};

export type Context = {
  reference: ImportReference;
  currentYear: number;
  today: string;
  issues: ImportIssue[];
  /** The paths of the records that passed all their checks. */
  accepted: Set<string>;
};

export const PLACE_FIELDS = ["municipalityCode", "policeArea", "district"] as const;

/** What an assessment takes from its scene; undefined: the scene's value is malformed or wrong. */
export type SceneFacts = {
  names: { [F in keyof PlaceNames]: PlaceNames[F] | undefined };
  /** The issues of the scene's own place: an assessment taking the same problem over is not told again. */
  placeIssues: PlaceIssue[];
  point: LatLng | null;
  firstYear: number | undefined;
  closedYear: number | null | undefined;
};

export function checkYear(ctx: Context, year: number, path: string): boolean {
  if (year >= FIRST_YEAR && year <= ctx.currentYear) return true;
  ctx.issues.push({ path, message: t.yearInvalid(FIRST_YEAR, ctx.currentYear) });
  return false;
}

/** The extent, null when none is given, or undefined when it is wrong (reported). */
export function readExtent(ctx: Context, value: unknown, point: LatLng | null, path: string): Extent | undefined {
  if (value === undefined || value === null) return null;
  const result = checkExtent(JSON.stringify(value), point);
  if (result.ok) return result.value;
  ctx.issues.push({ path, message: result.error });
  return undefined;
}

/** The year on its own, then against the scene's years; false when it is wrong (reported). */
function checkAssessmentYear(ctx: Context, scene: SceneFacts, year: number, path: string): boolean {
  if (!checkYear(ctx, year, path)) return false;
  // An analyst's form never uses a draft, and neither does an import.
  if (ctx.reference.draftYears.has(year)) ctx.issues.push({ path, message: t.questionnaireDraft(year) });
  else if (scene.firstYear !== undefined && year < scene.firstYear) ctx.issues.push({ path, message: t.yearBeforeFirst(scene.firstYear) });
  else if (typeof scene.closedYear === "number" && year > scene.closedYear)
    ctx.issues.push({ path, message: t.yearAfterClosed(scene.closedYear) });
  else return true;
  return false;
}

/**
 * The assessment's areas, each its own or the scene's, checked on 31 December of its year (null:
 * the year is wrong, so the coverage waits). A problem taken over from the scene is reported at
 * the assessment, marked as the scene's, unless the scene reported the same problem itself.
 */
function readAssessmentPlace(ctx: Context, scene: SceneFacts, parsed: ParsedAssessment, day: string | null, at: string) {
  const { fields, malformed } = parsed;
  const inherited = new Set(PLACE_FIELDS.filter((field) => fields[field] === undefined && !malformed.has(field)));
  const pick = <F extends (typeof PLACE_FIELDS)[number]>(field: F) => (inherited.has(field) ? scene.names[field] : fields[field]);
  const [municipalityCode, policeArea, district] = [pick("municipalityCode"), pick("policeArea"), pick("district")];
  // A malformed field, its own or the scene's, is reported where it is.
  if (municipalityCode === undefined || policeArea === undefined || district === undefined) return null;
  const { place, issues } = resolvePlace(ctx.reference, { municipalityCode, policeArea, district }, day);
  for (const issue of issues) {
    const fromScene = inherited.has(issue.field);
    if (fromScene && scene.placeIssues.some((own) => own.field === issue.field && own.message === issue.message)) continue;
    ctx.issues.push({ path: `${at}.${issue.field}`, message: fromScene ? `${issue.message} ${t.fromScene}` : issue.message });
  }
  // This year's place of its own is checked against the scene's point, as the form does (today's
  // boundaries say nothing about an earlier year's).
  if (!place || !scene.point || day !== `${ctx.currentYear}-12-31` || inherited.size === PLACE_FIELDS.length) return place;
  const names = { municipalityCode, policeArea, district };
  const disagreement = checkPlaceAgainstPoint(ctx.reference, place, names, scene.point, day, true);
  for (const issue of disagreement) ctx.issues.push({ path: `${at}.${issue.field}`, message: issue.message });
  return disagreement.length ? null : place;
}

/** The assessment as planned, or null when something is wrong with it: reported at its path, or its scene's. */
function readAssessment(ctx: Context, scene: SceneFacts, parsed: ParsedAssessment, at: string): PlannedAssessment | null {
  const { fields } = parsed;
  const { year, status } = fields;
  const yearOk = year !== undefined && checkAssessmentYear(ctx, scene, year, `${at}.year`);
  // The LPO must have covered the place that year: statistics for a year use its attribution.
  const place = readAssessmentPlace(ctx, scene, parsed, yearOk ? `${year}-12-31` : null, at);
  const extent = readExtent(ctx, fields.extent, scene.point, `${at}.extent`);
  // The answers are still checked when the year is wrong (it is reported above), with the
  // questionnaire of the nearest year there can be one for.
  const nearest = year === undefined ? null : Math.min(Math.max(year, FIRST_YEAR), ctx.currentYear);
  // A year whose questionnaire is still a draft has none to check them with (reported at the year).
  const answersYear = nearest !== null && !ctx.reference.draftYears.has(nearest) ? nearest : null;
  const questionnaire = answersYear === null ? null : questionnaireForYear(ctx.reference.questionnaires, answersYear);
  const answers = questionnaire && readImportAnswers(fields, questionnaire, at, ctx.issues);
  // Each of these is reported: by a check above, or as a shape error by parseImportFile.
  if (!yearOk || !place || extent === undefined || !answers || status === undefined || !parsed.wellFormed) return null;
  return { ...place, year, status: status.toUpperCase() as PlannedAssessment["status"], answers, extent };
}

/** Every assessment of a scene; the planned ones by year, and null for each one that is not. */
export function readAssessments(ctx: Context, scene: SceneFacts, assessments: ParsedAssessment[], at: string) {
  const years = new Set<number>();
  return assessments.map(({ index, ...parsed }) => {
    const path = `${at}.assessments[${index}]`;
    const { year } = parsed.fields;
    const duplicate = year !== undefined && years.has(year);
    if (duplicate) ctx.issues.push({ path: `${path}.year`, message: t.yearDuplicate(year) });
    if (year !== undefined) years.add(year);
    const planned = readAssessment(ctx, scene, { ...parsed, index }, path);
    if (!planned || duplicate) return null;
    ctx.accepted.add(path);
    return planned;
  });
}

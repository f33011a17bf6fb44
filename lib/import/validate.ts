import type { Polygon } from "geojson";
import type { Answers } from "@/lib/assessments/questionnaire/definition";
import { containsIdentityNumber } from "@/lib/assessments/questionnaire/identity-numbers";
import { messages } from "@/lib/i18n";
import { checkExtent, checkPoint, type LatLng } from "@/lib/scenes/geometry";
import { FIRST_YEAR } from "@/lib/scenes/schemas";
import { questionnaireForYear, readImportAnswers } from "./answers";
import { resolvePlace, type ImportReference, type PlaceNames, type ResolvedPlace } from "./attribution";
import type { ImportAssessment, ImportIssue, ImportScene, ParsedScene } from "./format";

// The whole file against the rules the forms apply one record at a time: years, areas and their
// coverage that year, geometry, answers. Pure: the reference data comes in, the plan of what to
// write (or every issue, with its path) goes out.

const t = messages.import;

type Extent = { polygon: Polygon; areaM2: number } | null;

export type PlannedAssessment = ResolvedPlace & {
  year: number;
  status: "DRAFT" | "SUBMITTED" | "COSIGNED" | "RETURNED";
  answers: Answers;
  extent: Extent;
};

export type PlannedScene = ResolvedPlace & {
  ref: string;
  name: string;
  description: string;
  lat: number;
  lng: number;
  extent: Extent;
  firstYear: number;
  status: "ACTIVE" | "CLOSED";
  lastYear: number | null;
  assessments: PlannedAssessment[];
};

type Context = { reference: ImportReference; currentYear: number; today: string; issues: ImportIssue[] };

function checkYear(ctx: Context, year: number, path: string): boolean {
  if (year >= FIRST_YEAR && year <= ctx.currentYear) return true;
  ctx.issues.push({ path, message: t.yearInvalid(FIRST_YEAR, ctx.currentYear) });
  return false;
}

function readExtent(ctx: Context, value: unknown, point: LatLng | null, path: string): Extent | undefined {
  if (value === undefined || value === null) return null;
  const result = checkExtent(JSON.stringify(value), point);
  if (result.ok) return result.value;
  ctx.issues.push({ path, message: result.error });
  return undefined;
}

function checkTexts(ctx: Context, scene: ImportScene, at: string) {
  for (const field of ["name", "description"] as const) {
    if (containsIdentityNumber(scene[field])) ctx.issues.push({ path: `${at}.${field}`, message: t.identityNumber });
  }
}

function checkRef(ctx: Context, scene: ImportScene, at: string, seen: Map<string, number>, index: number) {
  const first = seen.get(scene.ref);
  if (first !== undefined) ctx.issues.push({ path: `${at}.ref`, message: t.refDuplicate(scene.ref, first) });
  else seen.set(scene.ref, index);
  const existing = ctx.reference.existingScenes.get(scene.ref);
  if (!existing && /^S-\d+$/.test(scene.ref)) ctx.issues.push({ path: `${at}.ref`, message: t.refReserved(scene.ref) });
  if (existing && (existing.status === "MERGED" || existing.status === "SPLIT")) {
    ctx.issues.push({ path: `${at}.ref`, message: t.sceneNotImportable(scene.ref, messages.scenes.statuses[existing.status]) });
  }
}

/** The first and closing years, checked against each other and the calendar. */
function readYears(ctx: Context, parsed: ParsedScene, at: string): { firstYear: number; closedYear: number | null } | null {
  const { scene, assessments } = parsed;
  const earliest = assessments.length ? Math.min(...assessments.map((a) => a.assessment.year)) : undefined;
  const firstYear = scene.firstYear ?? earliest;
  const closedYear = scene.closedYear ?? null;
  let ok = firstYear !== undefined;
  // Without a well-formed assessment to take it from, the first year is missing only when none was given.
  if (firstYear === undefined && parsed.assessmentCount === 0) ctx.issues.push({ path: `${at}.firstYear`, message: t.firstYearMissing });
  if (scene.firstYear !== undefined && !checkYear(ctx, scene.firstYear, `${at}.firstYear`)) ok = false;
  if (closedYear !== null) {
    if (!checkYear(ctx, closedYear, `${at}.closedYear`)) ok = false;
    else if (firstYear !== undefined && closedYear < firstYear) {
      ctx.issues.push({ path: `${at}.closedYear`, message: t.closedBeforeFirst(firstYear) });
      ok = false;
    }
  }
  return ok ? { firstYear: firstYear!, closedYear } : null;
}

/** Resolves a place, reporting at `at.<field>`; `inherited` fields came from the scene. */
function readPlace(ctx: Context, names: PlaceNames, day: string, at: string, inherited: Set<string> = new Set()): ResolvedPlace | null {
  const { place, issues } = resolvePlace(ctx.reference, names, day);
  for (const issue of issues) {
    // An unknown name taken from the scene was reported on the scene already.
    if (inherited.has(issue.field) && issue.kind !== "coverage") continue;
    const suffix = inherited.has(issue.field) ? ` ${t.fromScene}` : "";
    ctx.issues.push({ path: `${at}.${issue.field}`, message: `${issue.message}${suffix}` });
  }
  return place;
}

type SceneFacts = { names: PlaceNames; point: LatLng | null; firstYear: number; closedYear: number | null };

function readAssessment(ctx: Context, scene: SceneFacts, assessment: ImportAssessment, at: string): PlannedAssessment | null {
  const { year } = assessment;
  const before = ctx.issues.length;
  if (!checkYear(ctx, year, `${at}.year`)) return null;
  if (year < scene.firstYear) ctx.issues.push({ path: `${at}.year`, message: t.yearBeforeFirst(scene.firstYear) });
  if (scene.closedYear !== null && year > scene.closedYear)
    ctx.issues.push({ path: `${at}.year`, message: t.yearAfterClosed(scene.closedYear) });
  const inherited = new Set((["municipalityCode", "policeArea", "district"] as const).filter((field) => assessment[field] === undefined));
  const names = {
    municipalityCode: assessment.municipalityCode ?? scene.names.municipalityCode,
    policeArea: assessment.policeArea ?? scene.names.policeArea,
    district: assessment.district === undefined ? scene.names.district : assessment.district,
  };
  // The LPO must have covered the place that year: statistics for a year use its attribution.
  const place = readPlace(ctx, names, `${year}-12-31`, at, inherited);
  const extent = readExtent(ctx, assessment.extent, scene.point, `${at}.extent`);
  const answers = readImportAnswers(assessment, questionnaireForYear(ctx.reference.questionnaires, year), at, ctx.issues);
  if (!place || extent === undefined || !answers || ctx.issues.length > before) return null;
  return { ...place, year, status: assessment.status.toUpperCase() as PlannedAssessment["status"], answers, extent };
}

function readAssessments(ctx: Context, facts: SceneFacts, parsed: ParsedScene, at: string): PlannedAssessment[] {
  const years = new Set<number>();
  const planned: PlannedAssessment[] = [];
  for (const { index, assessment } of parsed.assessments) {
    const path = `${at}.assessments[${index}]`;
    if (years.has(assessment.year)) ctx.issues.push({ path: `${path}.year`, message: t.yearDuplicate(assessment.year) });
    years.add(assessment.year);
    const result = readAssessment(ctx, facts, assessment, path);
    if (result) planned.push(result);
  }
  return planned.sort((a, b) => a.year - b.year);
}

function readScene(ctx: Context, parsed: ParsedScene, seen: Map<string, number>): PlannedScene | null {
  const { scene, index } = parsed;
  const at = `scenes[${index}]`;
  const before = ctx.issues.length;
  checkRef(ctx, scene, at, seen, index);
  checkTexts(ctx, scene, at);
  const pointCheck = checkPoint(scene.location);
  if (!pointCheck.ok) ctx.issues.push({ path: `${at}.location`, message: pointCheck.error });
  const point = pointCheck.ok ? pointCheck.value : null;
  const years = readYears(ctx, parsed, at);
  const names = { municipalityCode: scene.municipalityCode, policeArea: scene.policeArea, district: scene.district ?? null };
  // A scene's own areas are today's; a closed scene's, those of the year it closed.
  const day = years?.closedYear ? `${years.closedYear}-12-31` : ctx.today;
  const place = readPlace(ctx, names, day, at);
  const facts = { names, point, firstYear: years?.firstYear ?? FIRST_YEAR, closedYear: years?.closedYear ?? null };
  const assessments = readAssessments(ctx, facts, parsed, at);
  const ownExtent = readExtent(ctx, scene.extent, point, `${at}.extent`);
  if (!years || !place || !point || ownExtent === undefined || ctx.issues.length > before) return null;
  const latest = assessments.findLast((a) => a.extent);
  return {
    ...place,
    ref: scene.ref,
    name: scene.name,
    description: scene.description,
    lat: point.lat,
    lng: point.lng,
    extent: scene.extent === undefined ? (latest?.extent ?? null) : ownExtent,
    firstYear: years.firstYear,
    status: years.closedYear === null ? "ACTIVE" : "CLOSED",
    lastYear: years.closedYear,
    assessments,
  };
}

/** Checks every parsed scene; the plan is complete only when there is no issue at all. */
export function validateImport(
  scenes: ParsedScene[],
  reference: ImportReference,
  today: string,
): { plan: PlannedScene[]; issues: ImportIssue[] } {
  const ctx: Context = { reference, today, currentYear: Number(today.slice(0, 4)), issues: [] };
  const seen = new Map<string, number>();
  const plan = scenes.flatMap((parsed) => readScene(ctx, parsed, seen) ?? []);
  return { plan, issues: ctx.issues };
}

/** Issues in the order of the file: scene by scene, assessment by assessment. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path, "sv", { numeric: true }));
}

import { messages } from "@/lib/i18n";
import { checkPoint, type LatLng } from "@/lib/scenes/geometry";
import { checkPlaceAgainstPoint, resolvePlace, type ImportReference, type PlaceIssue, type ResolvedPlace } from "./attribution";
import type { ImportIssue, ParsedScene } from "./format";
import {
  checkYear,
  PLACE_FIELDS,
  readAssessments,
  readExtent,
  type Context,
  type Extent,
  type PlannedAssessment,
  type SceneFacts,
} from "./validate-assessment";

// The whole file against the rules the forms apply one record at a time: years, areas and their
// coverage that year, geometry, answers. Pure: the reference data comes in, the plan of what to
// write (or every issue, with its path) goes out. Every record ends up in one or the other.

const t = messages.import;

export type { PlannedAssessment };

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

function checkRef(ctx: Context, ref: string, at: string, seen: Map<string, number>, index: number) {
  const first = seen.get(ref);
  if (first !== undefined) ctx.issues.push({ path: `${at}.ref`, message: t.refDuplicate(ref, first) });
  else seen.set(ref, index);
  const existing = ctx.reference.existingScenes.get(ref);
  if (!existing && /^S-\d+$/.test(ref)) ctx.issues.push({ path: `${at}.ref`, message: t.refReserved(ref) });
  if (existing && (existing.status === "MERGED" || existing.status === "SPLIT")) {
    ctx.issues.push({ path: `${at}.ref`, message: t.sceneNotImportable(ref, messages.scenes.statuses[existing.status]) });
  }
}

/** The first and closing years, each checked; undefined where it is unknown or wrong (reported). */
function readYears(ctx: Context, parsed: ParsedScene, at: string): Pick<SceneFacts, "firstYear" | "closedYear"> {
  const { fields, malformed } = parsed;
  const years = parsed.assessments.flatMap((a) => a.fields.year ?? []);
  let firstYear = malformed.has("firstYear") ? undefined : (fields.firstYear ?? (years.length ? Math.min(...years) : undefined));
  let closedYear = malformed.has("closedYear") ? undefined : (fields.closedYear ?? null);
  // Without an assessment to take it from, the first year is missing only when none was given.
  if (firstYear === undefined && !malformed.has("firstYear") && parsed.assessmentCount === 0) {
    ctx.issues.push({ path: `${at}.firstYear`, message: t.firstYearMissing });
  }
  if (fields.firstYear !== undefined && !checkYear(ctx, fields.firstYear, `${at}.firstYear`)) firstYear = undefined;
  if (typeof closedYear !== "number") return { firstYear, closedYear };
  if (!checkYear(ctx, closedYear, `${at}.closedYear`)) closedYear = undefined;
  else if (firstYear !== undefined && closedYear < firstYear) {
    ctx.issues.push({ path: `${at}.closedYear`, message: t.closedBeforeFirst(firstYear) });
    closedYear = undefined;
  }
  return { firstYear, closedYear };
}

/** The scene's own areas: today's, or a closed scene's those of the year it closed. */
function readScenePlace(
  ctx: Context,
  parsed: ParsedScene,
  closedYear: number | null | undefined,
  point: LatLng | null,
  at: string,
): { names: SceneFacts["names"]; place: ResolvedPlace | null; issues: PlaceIssue[] } {
  const { fields, malformed } = parsed;
  const { municipalityCode, policeArea } = fields;
  const district = malformed.has("district") ? undefined : (fields.district ?? null);
  const names = { municipalityCode, policeArea, district };
  if (municipalityCode === undefined || policeArea === undefined || district === undefined) return { names, place: null, issues: [] };
  // A closing year that is wrong leaves the day unknown: the coverage waits.
  const day = closedYear === undefined ? null : closedYear === null ? ctx.today : `${closedYear}-12-31`;
  const resolved = resolvePlace(ctx.reference, { municipalityCode, policeArea, district }, day);
  const { place } = resolved;
  const issues = [...resolved.issues];
  if (place && point && day) {
    const disagreement = checkPlaceAgainstPoint(
      ctx.reference,
      place,
      { municipalityCode, policeArea, district },
      point,
      day,
      closedYear === null,
    );
    issues.push(...disagreement.map((issue) => ({ ...issue, kind: "point" as const })));
  }
  for (const issue of issues) ctx.issues.push({ path: `${at}.${issue.field}`, message: issue.message });
  return { names, place: issues.length ? null : place, issues };
}

function readScene(ctx: Context, parsed: ParsedScene, seen: Map<string, number>): PlannedScene | null {
  const { fields, index } = parsed;
  const at = `scenes[${index}]`;
  const before = ctx.issues.length;
  if (fields.ref !== undefined) checkRef(ctx, fields.ref, at, seen, index);
  const pointCheck = fields.location && checkPoint(fields.location);
  if (pointCheck && !pointCheck.ok) ctx.issues.push({ path: `${at}.location`, message: pointCheck.error });
  const point = pointCheck?.ok ? pointCheck.value : null;
  const years = readYears(ctx, parsed, at);
  const { names, place, issues: placeIssues } = readScenePlace(ctx, parsed, years.closedYear, point, at);
  const assessments = readAssessments(ctx, { names, placeIssues, point, ...years }, parsed.assessments, at);
  const ownExtent = readExtent(ctx, fields.extent, point, `${at}.extent`);
  const { ref, name, description } = fields;
  const { firstYear, closedYear } = years;
  const planned = assessments.filter((a): a is PlannedAssessment => a !== null).sort((a, b) => a.year - b.year);
  // Each of these is reported: by a check above, or as a shape error by parseImportFile.
  if (ctx.issues.length > before || !parsed.wellFormed || planned.length < parsed.assessmentCount) return null;
  if (!place || !point || ownExtent === undefined || firstYear === undefined || closedYear === undefined) return null;
  if (ref === undefined || name === undefined || description === undefined) return null;
  ctx.accepted.add(at);
  return {
    ...place,
    ref,
    name,
    description,
    lat: point.lat,
    lng: point.lng,
    firstYear,
    extent: fields.extent === undefined ? (planned.findLast((a) => a.extent)?.extent ?? null) : ownExtent,
    status: closedYear === null ? "ACTIVE" : "CLOSED",
    lastYear: closedYear,
    assessments: planned,
  };
}

const within = (path: string, record: string) => path === record || path.startsWith(`${record}.`) || path.startsWith(`${record}[`);

/**
 * The records of the file that are neither accepted by their checks nor named by an issue: at
 * their own path or, for an area an assessment takes from its scene, at the scene's field. Empty
 * unless a check failed to report what it refused: validateImport then reports the record itself.
 */
export function findUnreported(scenes: ParsedScene[], accepted: ReadonlySet<string>, issues: ImportIssue[]): string[] {
  const reported = (path: string, inherited: string[] = []) => issues.some((i) => within(i.path, path) || inherited.includes(i.path));
  return scenes.flatMap(({ index, assessments }) => {
    const at = `scenes[${index}]`;
    const unreported = assessments.flatMap((a) => {
      const path = `${at}.assessments[${a.index}]`;
      const inherited = PLACE_FIELDS.filter((field) => a.fields[field] === undefined).map((field) => `${at}.${field}`);
      return accepted.has(path) || reported(path, inherited) ? [] : [path];
    });
    return accepted.has(at) || reported(at) ? unreported : [at, ...unreported];
  });
}

/**
 * Checks the parsed file; the plan is complete only when there is no issue at all. The issues
 * include the file's shape errors, and every record is accepted or named by one of them.
 */
export function validateImport(
  parsed: { scenes: ParsedScene[]; issues: ImportIssue[] },
  reference: ImportReference,
  today: string,
): { plan: PlannedScene[]; issues: ImportIssue[] } {
  const issues = [...parsed.issues];
  const ctx: Context = { reference, today, currentYear: Number(today.slice(0, 4)), issues, accepted: new Set() };
  const seen = new Map<string, number>();
  const plan = parsed.scenes.flatMap((scene) => readScene(ctx, scene, seen) ?? []);
  for (const path of findUnreported(parsed.scenes, ctx.accepted, issues)) issues.push({ path, message: t.recordNotChecked });
  return { plan, issues: sortIssues(issues) };
}

/** Issues in the order of the file: scene by scene, assessment by assessment. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path, "sv", { numeric: true }));
}

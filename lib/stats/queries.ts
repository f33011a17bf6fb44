import "server-only";
import { getReadDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { followedInSql } from "@/lib/scenes/followed";
import { sceneScopeSql } from "@/lib/scenes/scope";
import { countingSql, finalStatusSql } from "./counting-where";

// The year's figures, counted in PostgreSQL by the rules of ../shared/docs/domain.md. `counted`
// holds the scenes that count in Y and Y−1 (final assessment, classified as an open drug scene)
// with the attribution recorded in that year's assessment. A scene followed in Y without a final
// Y assessment is "not yet assessed", never "ceased": only an assessment (or the scene's end) says
// that a scene has ceased.

const n = (v: bigint | number | boolean | null | undefined) => Number(v ?? 0);

function counted(user: SessionUser, year: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a."sceneId", a.year, a.status, a."areaM2", a."mainSubstance", a.answers,
           a."municipalityCode", a."policeAreaId", a."districtId"
    FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
    WHERE ${countingSql()} AND a.year IN (${year}, ${year - 1})
      AND ${sceneScopeSql(user)}`;
}

export async function getYearTotals(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<Record<string, bigint | number | boolean | null>[]>`
    WITH c AS (${counted(user, year)}),
    cur AS (SELECT * FROM c WHERE year = ${year}),
    prev AS (SELECT * FROM c WHERE year = ${year - 1}),
    active AS (
      SELECT s.id, EXISTS (SELECT 1 FROM "Assessment" a WHERE a."sceneId" = s.id AND a.year = ${year} AND ${finalStatusSql()}) AS assessed
      FROM "Scene" s WHERE ${followedInSql(year)} AND ${sceneScopeSql(user)}
    )
    SELECT
      (SELECT COUNT(*) FROM cur) AS scenes,
      (SELECT COUNT(*) FROM prev) AS previous,
      (SELECT COUNT(*) FROM cur WHERE "sceneId" NOT IN (SELECT "sceneId" FROM prev)) AS new,
      (SELECT COUNT(*) FROM prev WHERE "sceneId" NOT IN (SELECT "sceneId" FROM cur)
        AND "sceneId" NOT IN (SELECT id FROM active WHERE NOT assessed)) AS ceased,
      (SELECT COUNT(DISTINCT "municipalityCode") FROM cur) AS municipalities,
      (SELECT COUNT(DISTINCT "policeAreaId") FROM cur) AS police_areas,
      (SELECT COUNT(*) FROM cur WHERE status = 'COSIGNED') AS cosigned,
      (SELECT COALESCE(SUM("areaM2"), 0) FROM cur) AS area,
      (SELECT COUNT(*) FROM active) AS active,
      (SELECT COUNT(*) FROM active WHERE assessed) AS assessed,
      EXISTS (SELECT 1 FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
        WHERE a.year = ${year - 1} AND ${finalStatusSql()} AND ${sceneScopeSql(user)}) AS has_previous,
      EXISTS (SELECT 1 FROM "AssessmentRound" r WHERE r.year = ${year} AND r."closedAt" IS NOT NULL) AS closed`;
  return {
    scenes: n(row!.scenes),
    previousYear: n(row!.previous),
    new: n(row!.new),
    ceased: n(row!.ceased),
    municipalitiesWithScenes: n(row!.municipalities),
    policeAreasWithScenes: n(row!.police_areas),
    cosigned: n(row!.cosigned),
    areaM2: n(row!.area),
    active: n(row!.active),
    assessed: n(row!.assessed),
    hasPreviousYear: row!.has_previous === true,
    closed: row!.closed === true,
  };
}

/** Every municipality of the county, zeros included. */
export async function countByMunicipality(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<{ code: string; name: string; scenes: bigint; previous: bigint }[]>`
    WITH c AS (${counted(user, year)})
    SELECT m.code, m.name,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year}) AS scenes,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year - 1}) AS previous
    FROM "Municipality" m LEFT JOIN c ON c."municipalityCode" = m.code
    GROUP BY m.code, m.name ORDER BY m.code`;
  return rows.map((r) => ({ code: r.code, name: r.name, scenes: n(r.scenes), previousYear: n(r.previous) }));
}

/** Every LPO valid on 31 December of the year, and any other with scenes that year. */
export async function countByPoliceArea(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const yearEnd = new Date(`${year}-12-31T00:00:00Z`);
  const rows = await reader.$queryRaw<{ name: string; district: string; scenes: bigint; previous: bigint }[]>`
    WITH c AS (${counted(user, year)})
    SELECT p.name, d.name AS district,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year}) AS scenes,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year - 1}) AS previous
    FROM "PoliceArea" p JOIN "PoliceDistrict" d ON d.id = p."policeDistrictId"
    LEFT JOIN c ON c."policeAreaId" = p.id
    GROUP BY p.id, p.name, d.name, p."validFrom", p."validTo"
    HAVING ((p."validFrom" IS NULL OR p."validFrom" <= ${yearEnd}) AND (p."validTo" IS NULL OR p."validTo" >= ${yearEnd}))
        OR COUNT(c."sceneId") FILTER (WHERE c.year = ${year}) > 0
    ORDER BY d.name, p.name`;
  return rows.map((r) => ({ name: r.name, policeDistrict: r.district, scenes: n(r.scenes), previousYear: n(r.previous) }));
}

/** Stockholm city's districts valid on 31 December of the year, and any other with scenes. */
export async function countByDistrict(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const yearEnd = new Date(`${year}-12-31T00:00:00Z`);
  const rows = await reader.$queryRaw<{ name: string; scenes: bigint; previous: bigint }[]>`
    WITH c AS (${counted(user, year)})
    SELECT dist.name,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year}) AS scenes,
      COUNT(c."sceneId") FILTER (WHERE c.year = ${year - 1}) AS previous
    FROM "District" dist LEFT JOIN c ON c."districtId" = dist.id
    GROUP BY dist.id, dist.name, dist."validFrom", dist."validTo"
    HAVING ((dist."validFrom" IS NULL OR dist."validFrom" <= ${yearEnd}) AND (dist."validTo" IS NULL OR dist."validTo" >= ${yearEnd}))
        OR COUNT(c."sceneId") FILTER (WHERE c.year = ${year}) > 0
    ORDER BY dist.name`;
  return rows.map((r) => ({ name: r.name, scenes: n(r.scenes), previousYear: n(r.previous) }));
}

/** How many of the year's scenes have each main substance, and report each symptom. */
export async function countAnswers(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const [substances, symptoms] = await Promise.all([
    reader.$queryRaw<{ code: string; count: bigint }[]>`
      WITH c AS (${counted(user, year)})
      SELECT "mainSubstance" AS code, COUNT(*) AS count FROM c WHERE year = ${year} AND "mainSubstance" IS NOT NULL GROUP BY 1`,
    reader.$queryRaw<{ code: string; count: bigint }[]>`
      WITH c AS (${counted(user, year)})
      SELECT symptom AS code, COUNT(*) AS count
      FROM c, jsonb_array_elements_text(CASE WHEN jsonb_typeof(c.answers -> 'symptoms') = 'array' THEN c.answers -> 'symptoms' ELSE '[]'::jsonb END) AS symptom
      WHERE year = ${year} GROUP BY 1`,
  ]);
  const toMap = (rows: { code: string; count: bigint }[]) => new Map(rows.map((r) => [r.code, n(r.count)]));
  return { substances: toMap(substances), symptoms: toMap(symptoms) };
}

/** Scenes counted per year up to `last`, over every year with final assessments: the series against the goal. */
export async function countSeries(user: SessionUser, last: number) {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<{ year: number; scenes: bigint }[]>`
    SELECT a.year, COUNT(*) AS scenes
    FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
    WHERE ${countingSql()} AND ${sceneScopeSql(user)} AND a.year <= ${last}
    GROUP BY a.year ORDER BY a.year`;
  return rows.map((r) => ({ year: r.year, scenes: n(r.scenes) }));
}

/**
 * The sub-goals at the scenes that count in Y: reported violent and detected crimes in Y and, for
 * the same scenes, in Y−1; and the mean share feeling unsafe (null when no scene has a value).
 */
export async function getOutcomeTotals(user: SessionUser, year: number) {
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<
    { violent: number | null; violent_prev: number | null; detected: number | null; detected_prev: number | null; unsafe: number | null }[]
  >`
    WITH cur AS (SELECT "sceneId" FROM (${counted(user, year)}) c WHERE c.year = ${year}),
    v AS (
      SELECT i."sceneId", i.year, i.indicator, i.value FROM "SceneIndicator" i
      WHERE i."sceneId" IN (SELECT "sceneId" FROM cur) AND i.year IN (${year}, ${year - 1})
    )
    SELECT
      SUM(value) FILTER (WHERE indicator = 'violent_crimes' AND year = ${year}) AS violent,
      SUM(value) FILTER (WHERE indicator = 'violent_crimes' AND year = ${year - 1}) AS violent_prev,
      SUM(value) FILTER (WHERE indicator = 'detected_crimes' AND year = ${year}) AS detected,
      SUM(value) FILTER (WHERE indicator = 'detected_crimes' AND year = ${year - 1}) AS detected_prev,
      AVG(value) FILTER (WHERE indicator = 'unsafe_share' AND year = ${year}) AS unsafe
    FROM v`;
  return {
    violentCrimes: n(row?.violent),
    violentCrimesPreviousYear: n(row?.violent_prev),
    detectedCrimes: n(row?.detected),
    detectedCrimesPreviousYear: n(row?.detected_prev),
    unsafeShare: row?.unsafe === null || row?.unsafe === undefined ? null : Math.round(Number(row.unsafe) * 1000) / 1000,
  };
}

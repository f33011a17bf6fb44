import "server-only";
import { getReadDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScopeSql } from "@/lib/scenes/scope";
import { countingSql } from "./counting-where";

// The sub-goals per municipality or LPO, over the scenes that count in Y (with that year's
// attribution): violent and detected crimes in Y and Y−1, the mean share feeling unsafe, and the
// police work beside detected crime — scenes whose assessment reports police actions, and the
// interventions under way that year.

export type OutcomeRow = {
  key: string;
  name: string;
  scenes: number;
  violentCrimes: number | null;
  violentCrimesPreviousYear: number | null;
  detectedCrimes: number | null;
  detectedCrimesPreviousYear: number | null;
  unsafeShare: number | null;
  policeActionScenes: number;
  interventions: number;
};

type Raw = {
  key: string;
  name: string;
  scenes: bigint;
  violent: number | null;
  violent_prev: number | null;
  detected: number | null;
  detected_prev: number | null;
  unsafe: number | null;
  police: bigint;
  interventions: bigint;
};

const num = (v: number | null) => (v === null ? null : Number(v));

export async function listOutcomesByArea(user: SessionUser, year: number, by: "municipality" | "policeArea"): Promise<OutcomeRow[]> {
  const reader = await getReadDb();
  const key = by === "municipality" ? Prisma.sql`a."municipalityCode"` : Prisma.sql`a."policeAreaId"`;
  const names = by === "municipality" ? Prisma.sql`"Municipality" n ON n.code = k.key` : Prisma.sql`"PoliceArea" n ON n.id = k.key`;
  const yearStart = new Date(`${year}-01-01T00:00:00Z`);
  const yearEnd = new Date(`${year}-12-31T00:00:00Z`);
  const rows = await reader.$queryRaw<Raw[]>`
    WITH c AS (
      SELECT a."sceneId", ${key} AS key,
        jsonb_typeof(a.answers -> 'police_actions') = 'array' AND jsonb_array_length(a.answers -> 'police_actions') > 0 AS police
      FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
      WHERE a.year = ${year} AND ${countingSql()} AND ${sceneScopeSql(user)}
    ),
    k AS (
      SELECT c.key, COUNT(*) AS scenes, COUNT(*) FILTER (WHERE c.police) AS police,
        (SELECT SUM(i.value) FROM "SceneIndicator" i JOIN c c2 ON c2."sceneId" = i."sceneId" WHERE c2.key = c.key AND i.indicator = 'violent_crimes' AND i.year = ${year}) AS violent,
        (SELECT SUM(i.value) FROM "SceneIndicator" i JOIN c c2 ON c2."sceneId" = i."sceneId" WHERE c2.key = c.key AND i.indicator = 'violent_crimes' AND i.year = ${year - 1}) AS violent_prev,
        (SELECT SUM(i.value) FROM "SceneIndicator" i JOIN c c2 ON c2."sceneId" = i."sceneId" WHERE c2.key = c.key AND i.indicator = 'detected_crimes' AND i.year = ${year}) AS detected,
        (SELECT SUM(i.value) FROM "SceneIndicator" i JOIN c c2 ON c2."sceneId" = i."sceneId" WHERE c2.key = c.key AND i.indicator = 'detected_crimes' AND i.year = ${year - 1}) AS detected_prev,
        (SELECT AVG(i.value) FROM "SceneIndicator" i JOIN c c2 ON c2."sceneId" = i."sceneId" WHERE c2.key = c.key AND i.indicator = 'unsafe_share' AND i.year = ${year}) AS unsafe,
        (SELECT COUNT(*) FROM "Intervention" v JOIN c c2 ON c2."sceneId" = v."sceneId" WHERE c2.key = c.key AND v."startDate" <= ${yearEnd} AND (v."endDate" IS NULL OR v."endDate" >= ${yearStart})) AS interventions
      FROM c GROUP BY c.key
    )
    SELECT k.key, n.name, k.scenes, k.violent, k.violent_prev, k.detected, k.detected_prev, k.unsafe, k.police, k.interventions
    FROM k JOIN ${names} ORDER BY n.name`;
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    scenes: Number(r.scenes),
    violentCrimes: num(r.violent),
    violentCrimesPreviousYear: num(r.violent_prev),
    detectedCrimes: num(r.detected),
    detectedCrimesPreviousYear: num(r.detected_prev),
    unsafeShare: r.unsafe === null ? null : Math.round(Number(r.unsafe) * 1000) / 1000,
    policeActionScenes: Number(r.police),
    interventions: Number(r.interventions),
  }));
}

import "server-only";
import { db } from "@/lib/db";
import { getReadDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { toIsoDay } from "@/lib/days";
import { followedInSql } from "@/lib/scenes/followed";
import { sceneScopeSql } from "@/lib/scenes/scope";
import { finalStatusSql } from "@/lib/stats/counting-where";
import { currentYear, FIRST_YEAR } from "@/lib/years";
import { findLatestCompleteYear, type YearProgress } from "./progress";

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

const roundSelect = { year: true, deadline: true, openedAt: true, closedAt: true, version: true } as const;

/** A year's round as the pages show it; the deadline as YYYY-MM-DD (a Swedish calendar day). */
function toRound(row: { year: number; deadline: Date; openedAt: Date; closedAt: Date | null; version: number }) {
  return { ...row, deadline: toIsoDay(row.deadline) };
}
export type Round = ReturnType<typeof toRound>;

export async function getRound(year: number): Promise<Round | null> {
  const row = await db.assessmentRound.findUnique({ where: { year }, select: roundSelect });
  return row && toRound(row);
}

/** Every round, newest first: the admin's list. */
export async function listRounds(): Promise<Round[]> {
  const rows = await db.assessmentRound.findMany({ select: roundSelect, orderBy: { year: "desc" } });
  return rows.map(toRound);
}

/**
 * The last year analysts may assess: this year, or next year once its round is open (an admin
 * opens it when next year's questionnaire is ready, so the mapping can start in good time).
 */
export async function getLastAssessableYear(client: Prisma.TransactionClient = db): Promise<number> {
  const next = currentYear() + 1;
  const round = await client.assessmentRound.findUnique({ where: { year: next }, select: { closedAt: true } });
  return round && !round.closedAt ? next : currentYear();
}

/**
 * Each year up to `last`, in the user's scope: scenes followed, how many have a final assessment,
 * whether any final assessment exists at all (data), and whether the round is closed. Counted in
 * SQL: every followed scene-year is generated from the scene's first and last year.
 */
export async function listYearProgress(user: SessionUser, last: number = currentYear()) {
  // A heavy read of the dashboard and the exports: a replica serves it when there is one.
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<{ year: number; active: bigint; assessed: bigint; finals: bigint; closed: boolean }[]>`
    WITH followed AS (
      SELECT y.year, COUNT(*) AS active, COUNT(a.id) AS assessed
      FROM "Scene" s
      CROSS JOIN LATERAL generate_series(GREATEST(s."firstYear", ${FIRST_YEAR}), LEAST(COALESCE(s."lastYear", ${last}), ${last})) AS y(year)
      LEFT JOIN "Assessment" a ON a."sceneId" = s.id AND a.year = y.year AND ${finalStatusSql()}
      WHERE ${sceneScopeSql(user)}
      GROUP BY y.year
    ),
    finals AS (
      SELECT a.year, COUNT(*) AS finals FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
      WHERE ${finalStatusSql()} AND ${sceneScopeSql(user)} AND a.year <= ${last}
      GROUP BY a.year
    ),
    years AS (SELECT year FROM followed UNION SELECT year FROM finals)
    SELECT y.year, COALESCE(f.active, 0) AS active, COALESCE(f.assessed, 0) AS assessed, COALESCE(fi.finals, 0) AS finals,
      EXISTS (SELECT 1 FROM "AssessmentRound" r WHERE r.year = y.year AND r."closedAt" IS NOT NULL) AS closed
    FROM years y LEFT JOIN followed f ON f.year = y.year LEFT JOIN finals fi ON fi.year = y.year
    ORDER BY y.year`;
  return rows.map((r) => ({ year: r.year, active: n(r.active), assessed: n(r.assessed), hasData: n(r.finals) > 0, closed: r.closed }));
}

export type YearProgressRow = Awaited<ReturnType<typeof listYearProgress>>[number];

/** The latest complete year with data in the user's scope: where the dashboard opens. */
export async function getLatestCompleteYear(user: SessionUser): Promise<number | null> {
  return findLatestCompleteYear(await listYearProgress(user));
}

/** Who acts next on a scene of the round. */
export type RoundStep = "analyst" | "municipality" | "done";

/**
 * Every scene followed in the year, in the user's scope, with the state of its assessment and
 * who must act on it: the analysts of its LPO (not started, draft, returned), the municipality
 * (submitted), or no one (co-signed). One query.
 */
export async function listRoundScenes(user: SessionUser, year: number) {
  const rows = await db.$queryRaw<
    { ref: string; name: string; municipality: string; police_area: string; status: string | null; updated_at: Date | null }[]
  >`
    SELECT s.ref, s.name, m.name AS municipality, p.name AS police_area, a.status::text AS status, a."updatedAt" AS updated_at
    FROM "Scene" s
    LEFT JOIN "Assessment" a ON a."sceneId" = s.id AND a.year = ${year}
    JOIN "Municipality" m ON m.code = COALESCE(a."municipalityCode", s."municipalityCode")
    JOIN "PoliceArea" p ON p.id = COALESCE(a."policeAreaId", s."policeAreaId")
    WHERE ${followedInSql(year)} AND ${sceneScopeSql(user)}
    ORDER BY s.number`;
  return rows.map((r) => ({
    ref: r.ref,
    name: r.name,
    municipality: r.municipality,
    policeArea: r.police_area,
    status: r.status as "DRAFT" | "SUBMITTED" | "RETURNED" | "COSIGNED" | null,
    updatedAt: r.updated_at,
    nextStep: (r.status === "COSIGNED" ? "done" : r.status === "SUBMITTED" ? "municipality" : "analyst") as RoundStep,
  }));
}

export type RoundScene = Awaited<ReturnType<typeof listRoundScenes>>[number];

/** A year's progress in the user's scope: scenes followed, how many assessed, and whether its round is closed. */
export async function getYearProgress(user: SessionUser, year: number): Promise<YearProgress> {
  // A heavy read of the dashboard and the exports: a replica serves it when there is one.
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<{ active: bigint; assessed: bigint; closed: boolean }[]>`
    SELECT COUNT(*) AS active, COUNT(a.id) AS assessed,
      EXISTS (SELECT 1 FROM "AssessmentRound" r WHERE r.year = ${year} AND r."closedAt" IS NOT NULL) AS closed
    FROM "Scene" s
    LEFT JOIN "Assessment" a ON a."sceneId" = s.id AND a.year = ${year} AND ${finalStatusSql()}
    WHERE ${followedInSql(year)} AND ${sceneScopeSql(user)}`;
  return { active: n(row?.active), assessed: n(row?.assessed), closed: row?.closed ?? false };
}

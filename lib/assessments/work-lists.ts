import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { followedIn, followedInSql } from "@/lib/scenes/followed";
import { sceneScope, sceneScopeSql } from "@/lib/scenes/scope";

const workSelect = {
  id: true,
  year: true,
  status: true,
  updatedAt: true,
  scene: { select: { ref: true, name: true, municipality: { select: { name: true } }, policeArea: { select: { name: true } } } },
} as const;

/** An analyst's work: drafts, returned assessments, and active scenes still lacking the year's. */
export async function listAnalystWork(user: SessionUser, year: number) {
  const mine = { scene: { policeAreaId: { in: user.policeAreaIds } } };
  const [drafts, returned, missing] = await Promise.all([
    db.assessment.findMany({ where: { ...mine, status: "DRAFT" }, select: workSelect, orderBy: { updatedAt: "desc" } }),
    db.assessment.findMany({ where: { ...mine, status: "RETURNED" }, select: workSelect, orderBy: { updatedAt: "desc" } }),
    db.scene.findMany({
      where: { AND: [sceneScope(user), { status: "ACTIVE" }, followedIn(year), { assessments: { none: { year } } }] },
      select: { id: true, ref: true, name: true, municipality: { select: { name: true } }, policeArea: { select: { name: true } } },
      orderBy: { number: "asc" },
    }),
  ]);
  return { drafts, returned, missing };
}

/** A municipal representative's work: submitted assessments in their municipality to co-sign. */
export function listCosignQueue(user: SessionUser) {
  return db.assessment.findMany({
    where: { status: "SUBMITTED", scene: { municipalityCode: user.municipalityCode ?? "" } },
    select: workSelect,
    orderBy: [{ submittedAt: "asc" }],
  });
}

export type WorkRow = Awaited<ReturnType<typeof listCosignQueue>>[number];

export type YearStateRow = {
  key: string;
  name: string;
  active: number;
  cosigned: number;
  submitted: number;
  inProgress: number;
  missing: number;
};

/**
 * The state of a year's mapping per municipality or per LPO, counted in SQL: scenes followed that
 * year, and how many are co-signed, waiting for co-signature, in progress, or not started.
 */
export async function summarizeYear(user: SessionUser, year: number, by: "municipality" | "policeArea"): Promise<YearStateRow[]> {
  const key =
    by === "municipality"
      ? Prisma.sql`COALESCE(a."municipalityCode", s."municipalityCode")`
      : Prisma.sql`COALESCE(a."policeAreaId", s."policeAreaId")`;
  const names = by === "municipality" ? Prisma.sql`"Municipality" n ON n.code = k.key` : Prisma.sql`"PoliceArea" n ON n.id = k.key`;
  const rows = await db.$queryRaw<
    { key: string; name: string; active: bigint; cosigned: bigint; submitted: bigint; in_progress: bigint; missing: bigint }[]
  >`
    SELECT k.key, n.name, k.active, k.cosigned, k.submitted, k.in_progress, k.missing
    FROM (
      SELECT ${key} AS key,
        COUNT(*) AS active,
        COUNT(*) FILTER (WHERE a.status = 'COSIGNED') AS cosigned,
        COUNT(*) FILTER (WHERE a.status = 'SUBMITTED') AS submitted,
        COUNT(*) FILTER (WHERE a.status IN ('DRAFT', 'RETURNED')) AS in_progress,
        COUNT(*) FILTER (WHERE a.id IS NULL) AS missing
      FROM "Scene" s
      LEFT JOIN "Assessment" a ON a."sceneId" = s.id AND a.year = ${year}
      WHERE ${followedInSql(year)} AND ${sceneScopeSql(user)}
      GROUP BY 1
    ) k
    JOIN ${names}
    ORDER BY n.name`;
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    active: Number(r.active),
    cosigned: Number(r.cosigned),
    submitted: Number(r.submitted),
    inProgress: Number(r.in_progress),
    missing: Number(r.missing),
  }));
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role, SessionUser } from "@/lib/auth/permissions";
import type { AssessmentStatus } from "./workflow";
import { followedIn, followedInSql } from "@/lib/scenes/followed";
import { sceneScope, sceneScopeSql } from "@/lib/scenes/scope";

const workSelect = {
  id: true,
  year: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  scene: { select: { ref: true, name: true, municipality: { select: { name: true } }, policeArea: { select: { name: true } } } },
} as const;

/**
 * An analyst's work: drafts, returned assessments (with who returned them, when and why),
 * submitted ones still waiting for the municipality, and active scenes still lacking the year's.
 */
export async function listAnalystWork(user: SessionUser, year: number) {
  const mine = { scene: { policeAreaId: { in: user.policeAreaIds } } };
  const [drafts, returned, submitted, missing] = await Promise.all([
    db.assessment.findMany({ where: { ...mine, status: "DRAFT" }, select: workSelect, orderBy: { updatedAt: "desc" } }),
    listReturnedWork(user.policeAreaIds),
    db.assessment.findMany({
      where: { ...mine, status: "SUBMITTED" },
      select: workSelect,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    }),
    db.scene.findMany({
      where: { AND: [sceneScope(user), { status: "ACTIVE" }, followedIn(year), { assessments: { none: { year } } }] },
      select: { id: true, ref: true, name: true, municipality: { select: { name: true } }, policeArea: { select: { name: true } } },
      orderBy: { number: "asc" },
    }),
  ]);
  return { drafts, returned, submitted, missing };
}

/** Who returned an assessment last, when, and the comment they gave (its signature, as signed). */
export type LatestReturn = { userName: string; role: Role; at: Date; comment: string | null };

export type ReturnedRow = WorkRow & { latestReturn: LatestReturn | null };

/**
 * The returned assessments of these LPOs, each with its latest RETURNED signature: one query (a
 * lateral join takes the newest signature per row in PostgreSQL), however many rows.
 */
export async function listReturnedWork(policeAreaIds: string[]): Promise<ReturnedRow[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      year: number;
      status: AssessmentStatus;
      updatedAt: Date;
      submittedAt: Date | null;
      ref: string;
      name: string;
      municipality: string;
      policeArea: string;
      returnedBy: string | null;
      returnedRole: Role | null;
      returnedAt: Date | null;
      comment: string | null;
    }[]
  >`
    SELECT a.id, a.year, a.status::text AS status, a."updatedAt", a."submittedAt", s.ref, s.name,
      m.name AS municipality, p.name AS "policeArea",
      r."userName" AS "returnedBy", r.role::text AS "returnedRole", r.at AS "returnedAt", r.comment
    FROM "Assessment" a
    JOIN "Scene" s ON s.id = a."sceneId"
    JOIN "Municipality" m ON m.code = s."municipalityCode"
    JOIN "PoliceArea" p ON p.id = s."policeAreaId"
    LEFT JOIN LATERAL (
      SELECT g."userName", g.role, g.at, g.comment FROM "AssessmentSignature" g
      WHERE g."assessmentId" = a.id AND g.decision = 'RETURNED'
      ORDER BY g.at DESC, g.id DESC
      LIMIT 1
    ) r ON true
    WHERE a.status = 'RETURNED' AND s."policeAreaId" = ANY(${policeAreaIds})
    ORDER BY a."updatedAt" DESC, a.id`;
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    status: r.status,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    scene: { ref: r.ref, name: r.name, municipality: { name: r.municipality }, policeArea: { name: r.policeArea } },
    latestReturn:
      r.returnedBy && r.returnedRole && r.returnedAt
        ? { userName: r.returnedBy, role: r.returnedRole, at: r.returnedAt, comment: r.comment }
        : null,
  }));
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
  /** Final: submitted or co-signed (the figures count them). */
  assessed: number;
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
    {
      key: string;
      name: string;
      active: bigint;
      assessed: bigint;
      cosigned: bigint;
      submitted: bigint;
      in_progress: bigint;
      missing: bigint;
    }[]
  >`
    SELECT k.key, n.name, k.active, k.assessed, k.cosigned, k.submitted, k.in_progress, k.missing
    FROM (
      SELECT ${key} AS key,
        COUNT(*) AS active,
        COUNT(*) FILTER (WHERE a.status IN ('SUBMITTED', 'COSIGNED')) AS assessed,
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
    assessed: Number(r.assessed),
    cosigned: Number(r.cosigned),
    submitted: Number(r.submitted),
    inProgress: Number(r.in_progress),
    missing: Number(r.missing),
  }));
}

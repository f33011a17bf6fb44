import "server-only";
import { getReadDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScopeSql } from "@/lib/scenes/scope";
import { countingSql } from "./counting-where";
import { share } from "./derive";

// Collaboration and young people, year by year (issue 15): over the scenes that count in each year,
// the joint share (domain.md, "Joint share in Y": of the final assessments, those co-signed by a
// municipal representative), the partner kinds the assessment names, and whether minors were
// present. Counted in PostgreSQL; an area is the one recorded in that year's assessment.

/** One year over the user's scope. */
export type CollaborationYear = {
  year: number;
  /** A year in progress: its figures change as assessments come in. */
  preliminary: boolean;
  scenes: number;
  cosigned: number;
  jointShare: number | null;
  /** The mean number of partner kinds named per counted scene (one naming none counts as 0). */
  partnersPerScene: number | null;
  minorsPresent: number;
  /** Of the counted scenes, those answering "yes" ("don't know" and no answer are not "yes"). */
  minorsShare: number | null;
};

/** An area's joint share in each of the years, in their order; null: no scenes that year. */
export type AreaJointShares = { key: string; name: string; shares: (number | null)[] };

export type Collaboration = {
  years: CollaborationYear[];
  byMunicipality: AreaJointShares[];
  byPoliceArea: AreaJointShares[];
};

type YearRaw = { year: number; scenes: bigint; cosigned: bigint; partners: unknown; minors: bigint };
type AreaRaw = { by_municipality: boolean; key: string; name: string; shares: Record<string, number> };

/** The year's scenes that count, up to `last`, in the user's scope: the rows every figure here is over. */
function counted(user: SessionUser, last: number): Prisma.Sql {
  return Prisma.sql`"Assessment" a JOIN "Scene" s ON s.id = a."sceneId" WHERE ${countingSql()} AND ${sceneScopeSql(user)} AND a.year <= ${last}`;
}

// The answers schema keeps each code of a multiple choice once, so an array's length is the number
// of kinds named; a scene without the answer names none.
const partnerKinds = Prisma.sql`CASE WHEN jsonb_typeof(a.answers -> 'partners') = 'array' THEN jsonb_array_length(a.answers -> 'partners') ELSE 0 END`;

async function countYears(user: SessionUser, last: number): Promise<YearRaw[]> {
  const reader = await getReadDb();
  return reader.$queryRaw<YearRaw[]>`
    SELECT a.year, COUNT(*) AS scenes, COUNT(*) FILTER (WHERE a.status = 'COSIGNED') AS cosigned,
      ROUND(AVG(${partnerKinds}), 2) AS partners,
      COUNT(*) FILTER (WHERE a.answers ->> 'minors_present' = 'yes') AS minors
    FROM ${counted(user, last)}
    GROUP BY a.year`;
}

/**
 * The joint share per municipality and per LPO and year, one row per area that had scenes, its
 * shares keyed by year: both groupings in one pass over the counted assessments.
 */
async function shareByArea(user: SessionUser, last: number): Promise<AreaRaw[]> {
  const reader = await getReadDb();
  return reader.$queryRaw<AreaRaw[]>`
    WITH g AS (
      SELECT a.year, GROUPING(a."municipalityCode") = 0 AS by_municipality,
        COALESCE(a."municipalityCode"::text, a."policeAreaId") AS key,
        ROUND(COUNT(*) FILTER (WHERE a.status = 'COSIGNED')::numeric / COUNT(*), 3) AS share
      FROM ${counted(user, last)}
      GROUP BY GROUPING SETS ((a.year, a."municipalityCode"), (a.year, a."policeAreaId"))
    )
    SELECT g.by_municipality, g.key, COALESCE(m.name, p.name) AS name, jsonb_object_agg(g.year, g.share) AS shares
    FROM g
    LEFT JOIN "Municipality" m ON g.by_municipality AND m.code = g.key
    LEFT JOIN "PoliceArea" p ON NOT g.by_municipality AND p.id = g.key
    GROUP BY g.by_municipality, g.key, m.name, p.name
    ORDER BY name, g.key`;
}

/** The counts behind the section, up to `last`: laid out for the dashboard's years by layOutCollaboration. */
export async function countCollaboration(user: SessionUser, last: number) {
  const [years, areas] = await Promise.all([countYears(user, last), shareByArea(user, last)]);
  return { years, areas };
}

/**
 * The section's figures for `years` (the dashboard's series: every year with data up to the one
 * shown), in that order: a year without counted scenes has zeros, an area no share that year.
 */
export function layOutCollaboration(
  counts: Awaited<ReturnType<typeof countCollaboration>>,
  years: { year: number; preliminary: boolean }[],
): Collaboration {
  const byYear = new Map(counts.years.map((r) => [r.year, r]));
  const inYears = (row: AreaRaw): AreaJointShares => ({
    key: row.key,
    name: row.name,
    shares: years.map(({ year }) => row.shares[year] ?? null),
  });
  return {
    years: years.map(({ year, preliminary }) => {
      const r = byYear.get(year);
      const scenes = Number(r?.scenes ?? 0);
      const cosigned = Number(r?.cosigned ?? 0);
      const minorsPresent = Number(r?.minors ?? 0);
      return {
        year,
        preliminary,
        scenes,
        cosigned,
        jointShare: share(cosigned, scenes),
        partnersPerScene: r ? Number(r.partners) : null,
        minorsPresent,
        minorsShare: share(minorsPresent, scenes),
      };
    }),
    byMunicipality: counts.areas.filter((r) => r.by_municipality).map(inYears),
    byPoliceArea: counts.areas.filter((r) => !r.by_municipality).map(inYears),
  };
}

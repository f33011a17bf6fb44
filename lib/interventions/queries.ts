import "server-only";
import { db, type ReadDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getReadDb } from "@/lib/read-replica";
import type { SessionUser } from "@/lib/auth/permissions";
import { toIsoDay, toIsoDayOrNull } from "@/lib/days";
import { sceneScope, sceneScopeSql } from "@/lib/scenes/scope";
import type { InterventionFilters } from "./schemas";

export const INTERVENTION_PAGE_SIZE = 25;

/**
 * An intervention as stored. Days are text (YYYY-MM-DD, the calendar day as entered, with no time
 * zone to shift it); `type`, `actor` and `effect` are codes from ./codes.ts.
 */
export type InterventionRow = {
  id: string;
  sceneId: string;
  type: string;
  actor: string;
  startDate: string;
  /** Null while the intervention is ongoing. */
  endDate: string | null;
  description: string;
  /** Null until evaluated. */
  effect: string | null;
  evaluation: string | null;
  evaluatedAt: Date | null;
  version: number;
};

/** A row of the county-wide list and the export: the intervention and where its scene lies now. */
export type InterventionListRow = InterventionRow & {
  sceneRef: string;
  sceneName: string;
  municipalityCode: string;
  municipalityName: string;
  policeAreaName: string;
};

/** A scene's interventions, latest start first. The caller has checked that the scene is in scope. */
export async function listSceneInterventions(sceneId: string): Promise<InterventionRow[]> {
  const rows = await db.intervention.findMany({
    where: { sceneId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      sceneId: true,
      type: true,
      actor: true,
      startDate: true,
      endDate: true,
      description: true,
      effect: true,
      evaluation: true,
      evaluatedAt: true,
      version: true,
    },
  });
  return rows.map((row) => ({ ...row, startDate: toIsoDay(row.startDate), endDate: toIsoDayOrNull(row.endDate) }));
}

/** Where an intervention lies, when the user may see its scene: what an action authorizes against. */
export async function getInterventionArea(user: SessionUser, id: string) {
  const found = await db.intervention.findFirst({
    where: { id, scene: sceneScope(user) },
    select: { id: true, scene: { select: { id: true, ref: true, municipalityCode: true, policeAreaId: true } } },
  });
  return found
    ? {
        id: found.id,
        sceneId: found.scene.id,
        sceneRef: found.scene.ref,
        municipalityCode: found.scene.municipalityCode,
        policeAreaId: found.scene.policeAreaId,
      }
    : null;
}

type Filters = Omit<InterventionFilters, "page">;

/**
 * The filters as SQL over "Intervention" `i` and "Scene" `s`, inside the user's scope. The area is
 * the scene's current one; the year keeps interventions active at some time during it.
 */
function filterSql(user: SessionUser, f: Filters): Prisma.Sql {
  const conditions = [sceneScopeSql(user)];
  if (f.type) conditions.push(Prisma.sql`i.type = ${f.type}`);
  if (f.actor) conditions.push(Prisma.sql`i.actor = ${f.actor}`);
  if (f.municipality) conditions.push(Prisma.sql`s."municipalityCode" = ${f.municipality}`);
  if (f.policeArea) conditions.push(Prisma.sql`s."policeAreaId" = ${f.policeArea}`);
  if (f.year) {
    conditions.push(Prisma.sql`i."startDate" <= ${`${f.year}-12-31`}::date`);
    conditions.push(Prisma.sql`(i."endDate" IS NULL OR i."endDate" >= ${`${f.year}-01-01`}::date)`);
  }
  return Prisma.join(conditions, " AND ");
}

const fromScenes = Prisma.sql`
  FROM "Intervention" i
  JOIN "Scene" s ON s.id = i."sceneId"
  JOIN "Municipality" m ON m.code = s."municipalityCode"
  JOIN "PoliceArea" p ON p.id = s."policeAreaId"`;

// One SQL query for the rows, whatever their number: Prisma's nested selects would add a query per
// relation (scene, municipality, LPO).
function selectRows(where: Prisma.Sql, page: Prisma.Sql = Prisma.empty, reader: ReadDb = db) {
  return reader.$queryRaw<InterventionListRow[]>`
    SELECT i.id, i."sceneId", i.type, i.actor,
           to_char(i."startDate", 'YYYY-MM-DD') AS "startDate", to_char(i."endDate", 'YYYY-MM-DD') AS "endDate",
           i.description, i.effect, i.evaluation, i."evaluatedAt", i.version,
           s.ref AS "sceneRef", s.name AS "sceneName", s."municipalityCode"::text AS "municipalityCode",
           m.name AS "municipalityName", p.name AS "policeAreaName"
    ${fromScenes}
    WHERE ${where}
    ORDER BY i."startDate" DESC, s.number ASC, i."createdAt" DESC, i.id
    ${page}`;
}

/** A page of the interventions in the user's scope that match the filters, and their number. */
export async function listInterventions(user: SessionUser, filters: InterventionFilters) {
  const where = filterSql(user, filters);
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${fromScenes} WHERE ${where}`,
    selectRows(where, Prisma.sql`LIMIT ${INTERVENTION_PAGE_SIZE} OFFSET ${(filters.page - 1) * INTERVENTION_PAGE_SIZE}`),
  ]);
  const total = count?.n ?? 0;
  return { total, rows, pages: Math.max(1, Math.ceil(total / INTERVENTION_PAGE_SIZE)) };
}

/** Every intervention in the user's scope that matches the filters, for the export. */
/** An export: a heavy read, served by a replica when there is one. */
export async function listExportInterventions(user: SessionUser, filters: Filters): Promise<InterventionListRow[]> {
  return selectRows(filterSql(user, filters), Prisma.empty, await getReadDb());
}

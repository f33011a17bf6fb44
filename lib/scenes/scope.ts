import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

/**
 * The scenes a user may see, as a query fragment: the one scoping rule every scene query uses.
 * It mirrors isInScope() in lib/auth/permissions.ts.
 */
export function sceneScope(user: SessionUser): Prisma.SceneWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "STEERING":
      return {};
    case "POLICE_ANALYST":
      return { policeAreaId: { in: user.policeAreaIds } };
    case "MUNICIPAL_REP":
      // A representative without a municipality sees nothing rather than everything.
      return { municipalityCode: user.municipalityCode ?? "" };
  }
}

/** The same rule as SQL on a "Scene" aliased `s`, for the statistics written in SQL. */
export function sceneScopeSql(user: SessionUser): Prisma.Sql {
  switch (user.role) {
    case "ADMIN":
    case "STEERING":
      return Prisma.sql`TRUE`;
    case "POLICE_ANALYST":
      return user.policeAreaIds.length ? Prisma.sql`s."policeAreaId" IN (${Prisma.join(user.policeAreaIds)})` : Prisma.sql`FALSE`;
    case "MUNICIPAL_REP":
      return Prisma.sql`s."municipalityCode" = ${user.municipalityCode ?? ""}`;
  }
}

/**
 * A name for the scenes sceneScope(user) lets the user see: users with the same key see the same
 * scenes, so figures computed for one serve the others (lib/stats/cache.ts).
 */
export function sceneScopeKey(user: SessionUser): string {
  switch (user.role) {
    case "ADMIN":
    case "STEERING":
      return "county";
    case "POLICE_ANALYST":
      return `lpo=${[...user.policeAreaIds].sort().join(",")}`;
    case "MUNICIPAL_REP":
      return `municipality=${user.municipalityCode ?? ""}`;
  }
}

/** Where a scene lies now, and its state: what a write re-authorizes against in its transaction. */
export type LockedScene = {
  id: string;
  ref: string;
  municipalityCode: string;
  policeAreaId: string;
  status: "ACTIVE" | "CLOSED" | "MERGED" | "SPLIT";
  version: number;
  firstYear: number;
  lastYear: number | null;
};

/**
 * Locks the active scenes among `ids` that lie in the user's scope, other than `exceptId`, and
 * answers their ids: the successors a scene may be merged or split into, kept from ending meanwhile.
 */
export async function lockActiveScenesInScope(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  ids: string[],
  exceptId: string,
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Scene" s
    WHERE s.id IN (${Prisma.join(ids)}) AND s.id <> ${exceptId} AND s.status = 'ACTIVE' AND ${sceneScopeSql(user)}
    ORDER BY s.id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/**
 * Locks a scene for the rest of the transaction, if it lies in the user's scope (else null).
 * A write checks its permission again on this row: what the action authorized may have moved.
 */
export async function lockSceneInScope(tx: Prisma.TransactionClient, user: SessionUser, id: string): Promise<LockedScene | null> {
  const [row] = await tx.$queryRaw<LockedScene[]>`
    SELECT s.id, s.ref, s."municipalityCode", s."policeAreaId", s.status::text AS status, s.version, s."firstYear", s."lastYear"
    FROM "Scene" s WHERE s.id = ${id} AND ${sceneScopeSql(user)} FOR UPDATE`;
  return row ?? null;
}

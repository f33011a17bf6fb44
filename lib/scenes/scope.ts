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

import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./permissions";

/** What to load of a user to act as them: the row and the LPOs of its scope. */
export const sessionUserInclude = { policeAreas: { select: { policeAreaId: true } } } satisfies Prisma.UserInclude;

type LoadedUser = Prisma.UserGetPayload<{ include: typeof sessionUserInclude }>;

/** The user as the permission checks see them, read fresh from the database. */
export function toSessionUser(user: LoadedUser): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    municipalityCode: user.municipalityCode,
    policeAreaIds: user.policeAreas.map((p) => p.policeAreaId),
  };
}

import { vi } from "vitest";
import { db } from "@/lib/db";
import type { Role, SessionUser } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";

/** Empties every table the tests write to; the reference data stays as the global setup seeded it. */
export async function resetDatabase(): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE "SceneLink", "Scene", "MunicipalityBoundary", "DistrictBoundary", "CityPart", "UserPoliceArea", "User", "AuditEvent", "SignInThrottle", "Session", "DemoMarker", "AssessmentRound", "InterventionTypeDescription" RESTART IDENTITY CASCADE`,
  );
}

export async function getPoliceAreaId(name: string): Promise<string> {
  const area = await db.policeArea.findUniqueOrThrow({ where: { name } });
  return area.id;
}

let counter = 0;

/** A user in the database, returned as the session would see them. */
export async function createTestUser(
  role: Role,
  scope: { policeAreas?: readonly string[]; municipalityCode?: string } = {},
  password = "rätt-lösenord-123",
): Promise<SessionUser> {
  counter += 1;
  const policeAreaIds = await Promise.all((scope.policeAreas ?? []).map(getPoliceAreaId));
  const user = await db.user.create({
    data: {
      email: `user${counter}-${role.toLowerCase()}@test.se`,
      name: `Test ${role} ${counter}`,
      role,
      passwordHash: await hashPassword(password),
      municipalityCode: scope.municipalityCode ?? null,
      policeAreas: { create: policeAreaIds.map((policeAreaId) => ({ policeAreaId })) },
    },
  });
  return { id: user.id, email: user.email, name: user.name, role, municipalityCode: user.municipalityCode, policeAreaIds };
}

export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** Makes getCurrentUser() answer as the given user (null: nobody signed in) for the actions under test. */
export function signInAs(user: SessionUser | null): void {
  currentUser.mockResolvedValue(user);
}

export const currentUser = vi.fn<() => Promise<SessionUser | null>>();

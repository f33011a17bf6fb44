import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, resetDatabase } from "./helpers";

// The session cookie as next-auth would decode it: the user's id and the version it was issued at.
const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/auth", () => ({ auth }));

const { getCurrentUser } = await import("@/lib/auth/session");

beforeEach(resetDatabase);

function sessionFor(userId: string, sessionVersion = 1) {
  auth.mockResolvedValue({ user: { id: userId }, sessionVersion, expires: new Date(Date.now() + 60_000).toISOString() });
}

describe("getCurrentUser", () => {
  it("reads role and scope from the database", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva", "Järfälla"] });
    sessionFor(analyst.id);
    const user = await getCurrentUser();
    expect(user).toMatchObject({ id: analyst.id, role: "POLICE_ANALYST" });
    expect(user?.policeAreaIds.sort()).toEqual([...analyst.policeAreaIds].sort());
  });

  it("ends an existing session once the user is disabled", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    sessionFor(rep.id);
    await db.user.update({ where: { id: rep.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends a session issued before the user's role or scope changed", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    await db.user.update({ where: { id: rep.id }, data: { sessionVersion: 2 } });
    sessionFor(rep.id, 1);
    expect(await getCurrentUser()).toBeNull();
    sessionFor(rep.id, 2);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("is null without a session", async () => {
    auth.mockResolvedValue(null);
    expect(await getCurrentUser()).toBeNull();
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createSession, endSession, endSessions } from "@/lib/auth/sessions/store";
import { createTestUser, resetDatabase } from "./helpers";

// The session cookie as next-auth would decode it: the user's id, the version it was issued at and
// the server-side session it names. Whether that session still counts is the database's answer.
const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/auth", () => ({ auth }));

const { getCurrentUser, getSessionContext } = await import("@/lib/auth/session");

beforeEach(resetDatabase);

async function openSession(user: { id: string; email: string }, method = "password"): Promise<string> {
  return db.$transaction((tx) => createSession(tx, user, { method, address: "10.0.0.1", userAgent: "vitest" }));
}

function cookieFor(userId: string, sessionId: string | undefined, sessionVersion = 1) {
  auth.mockResolvedValue({ user: { id: userId }, sessionVersion, sessionId, expires: new Date(Date.now() + 60_000).toISOString() });
}

describe("getCurrentUser", () => {
  it("reads role and scope from the database", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva", "Järfälla"] });
    cookieFor(analyst.id, await openSession(analyst));
    const user = await getCurrentUser();
    expect(user).toMatchObject({ id: analyst.id, role: "POLICE_ANALYST" });
    expect(user?.policeAreaIds.sort()).toEqual([...analyst.policeAreaIds].sort());
  });

  it("refuses a copy of the cookie once its session has signed out", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const sessionId = await openSession(rep);
    cookieFor(rep.id, sessionId);
    expect(await getCurrentUser()).not.toBeNull();
    await endSession(sessionId);
    expect(await getCurrentUser()).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: rep.id }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(["auth.signed_in", "auth.signed_out"]);
  });

  it("refuses a session past its absolute end, however active it was", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const sessionId = await openSession(rep);
    // As if AUTH_SESSION_MAX_AGE_MINUTES had been one minute, and that minute had passed while the
    // user kept working: lastSeenAt is fresh, the absolute end is not.
    await db.session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() } });
    cookieFor(rep.id, sessionId);
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a session idle for longer than the idle timeout", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const sessionId = await openSession(rep);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 61 * 60_000) } });
    cookieFor(rep.id, sessionId);
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends the other sessions but not the current one", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const [kept, other] = [await openSession(rep), await openSession(rep)];
    await db.$transaction((tx) => endSessions(tx, rep, rep.id, "ended_by_user", kept));
    cookieFor(rep.id, kept);
    expect(await getCurrentUser()).not.toBeNull();
    cookieFor(rep.id, other);
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends an existing session once the user is disabled", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    cookieFor(rep.id, await openSession(rep));
    await db.user.update({ where: { id: rep.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("ends a session issued before the user's role or scope changed", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const sessionId = await openSession(rep);
    await db.user.update({ where: { id: rep.id }, data: { sessionVersion: 2 } });
    cookieFor(rep.id, sessionId, 1);
    expect(await getCurrentUser()).toBeNull();
    cookieFor(rep.id, sessionId, 2);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("refuses a cookie naming another user's session, or none", async () => {
    const [a, b] = [await createTestUser("STEERING"), await createTestUser("STEERING")];
    cookieFor(b.id, await openSession(a));
    expect(await getCurrentUser()).toBeNull();
    cookieFor(a.id, undefined);
    expect(await getCurrentUser()).toBeNull();
  });

  it("holds an admin's password session at the second-factor gate, but not a provider's", async () => {
    const admin = await createTestUser("ADMIN");
    cookieFor(admin.id, await openSession(admin));
    expect(await getCurrentUser()).toBeNull();
    expect((await getSessionContext())?.gate).toBe("enrol-second-factor");
    cookieFor(admin.id, await openSession(admin, "oidc:polisen"));
    expect(await getCurrentUser()).toMatchObject({ id: admin.id });
  });

  it("is null without a session", async () => {
    auth.mockResolvedValue(null);
    expect(await getCurrentUser()).toBeNull();
  });
});

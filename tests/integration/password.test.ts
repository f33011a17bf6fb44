import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import { createSession } from "@/lib/auth/sessions/store";
import { createTestUser, formData, resetDatabase } from "./helpers";

// The password lifecycle through its server actions, on real sessions: the cookie (mocked, as
// next-auth would decode it) names a session row, and lib/auth/session.ts decides the rest.

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/auth", () => ({ auth }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { changePasswordAction, endOtherSessionsAction } = await import("@/lib/account/actions");
const { createUserAction, endUserSessionsAction, resetPasswordAction } = await import("@/lib/users/actions");
const { getSessionContext } = await import("@/lib/auth/session");

const PASSWORD = "rätt-lösenord-123";
const STRONG = "korrekt häst batteri häftklammer";

beforeEach(resetDatabase);

/** A session in the database, as a password sign-in makes it (an admin's with the second factor passed). */
async function openSession(user: SessionUser): Promise<string> {
  const secondFactorAt = user.role === "ADMIN" ? new Date() : null;
  return db.$transaction((tx) =>
    createSession(tx, user, { method: "password", address: "10.0.0.1", userAgent: "Firefox/121.0", secondFactorAt }),
  );
}

/** Makes the request come with this session's cookie. */
async function useSession(user: SessionUser, sessionId: string): Promise<void> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  auth.mockResolvedValue({ user: { id: user.id }, sessionId, sessionVersion });
}

/** A server action's answer: its form state, or where it redirected. */
async function post<S>(action: (previous: S, data: FormData) => Promise<S>, fields: Record<string, string>) {
  try {
    return { state: await action({ ok: false } as S, formData(fields)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

const change = (current: string, next = STRONG, repeat = next) => ({ currentPassword: current, newPassword: next, repeatPassword: repeat });
const endedReason = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id } })).endReason;
/** Everything the audit log holds, as text: no password may be in it. */
const auditText = async () =>
  JSON.stringify((await db.auditEvent.findMany()).map(({ before, after, comment }) => ({ before, after, comment })));
const auditTypes = async () => (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.type);

describe("changing one's own password", () => {
  it("refuses a wrong current password, logs it and keeps the password", async () => {
    const user = await createTestUser("STEERING");
    await useSession(user, await openSession(user));
    const { state } = await post(changePasswordAction, change("fel-lösenord"));
    expect(state).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["Det nuvarande lösenordet stämmer inte."] } });
    expect(state?.values).toEqual({});
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true);
    expect(await auditTypes()).toContain("user.password_change_failed");
  });

  it("refuses a weak or common new password with the reason in Swedish at the field", async () => {
    const user = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    await useSession(user, await openSession(user));
    for (const weak of ["Sommar2024!", "demo1234", "Sommar2024!xy"]) {
      const { state } = await post(changePasswordAction, change(PASSWORD, weak));
      expect(state?.ok).toBe(false);
      expect(state?.fieldErrors?.newPassword?.[0]).toMatch(/^Lösenordet (är för lätt att gissa|måste ha minst 12 tecken)\.$/);
      expect(state?.fieldErrors?.currentPassword).toBeUndefined();
    }
    const { state } = await post(changePasswordAction, change(PASSWORD, STRONG, "något annat"));
    expect(state?.fieldErrors).toEqual({ repeatPassword: ["Lösenorden är inte lika."] });
    expect(await auditTypes()).not.toContain("user.password_changed");
  });

  it("changes it, ends the person's other sessions and keeps this one", async () => {
    const user = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
    const other = await openSession(user);
    const current = await openSession(user);
    await useSession(user, current);
    expect(await post(changePasswordAction, change(PASSWORD))).toEqual({ redirect: "/konto?notice=password-changed" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, STRONG)).toBe(true);
    expect(stored.passwordChangedAt).not.toBeNull();
    expect(await endedReason(other)).toBe("password_changed");
    expect(await endedReason(current)).toBeNull();
    expect((await getSessionContext())?.sessionId).toBe(current);
    const changed = await db.auditEvent.findFirstOrThrow({ where: { type: "user.password_changed" } });
    expect(changed).toMatchObject({ entityId: user.id, actorId: user.id, after: { forced: false } });
    expect(await auditText()).not.toMatch(/häftklammer|rätt-lösenord/);
  });

  it("slows down guessing the current password: after five wrong ones even the right one waits", async () => {
    const user = await createTestUser("STEERING");
    await useSession(user, await openSession(user));
    // The clock stands still: the first delay (one second) cannot pass while argon2 works.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      for (let i = 0; i < 5; i++) await post(changePasswordAction, change(`fel-${i}`));
      const { state } = await post(changePasswordAction, change(PASSWORD));
      expect(state?.fieldErrors?.currentPassword).toEqual(["För många felaktiga försök. Vänta en stund och försök igen."]);
    } finally {
      vi.useRealTimers();
    }
    expect(await db.auditEvent.count({ where: { type: "user.password_change_failed" } })).toBe(6);
  });
});

describe("an admin's reset", () => {
  it("gives a one-time password that must be changed before anything else, and ends the user's sessions", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("STEERING");
    const before = await openSession(user);
    await useSession(admin, await openSession(admin));
    const { state } = await post(resetPasswordAction, { id: user.id });
    expect(state).toMatchObject({ ok: true, oneTimePassword: expect.stringMatching(/^\S{16}$/) });
    const oneTime = state!.oneTimePassword!;
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true });
    expect(await endedReason(before)).toBe("ended_by_admin");
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "user.password_reset" } })).toMatchObject({
      entityId: user.id,
      actorId: admin.id,
      after: { sessionsEnded: 1 },
    });
    expect(await auditText()).not.toContain(oneTime);

    // Signed in with it, the session waits at the gate: nothing but the change is open.
    const session = await openSession(user);
    await useSession(user, session);
    expect(await getSessionContext()).toMatchObject({ gate: "change-password" });
    expect((await post(endOtherSessionsAction, {})).state).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect((await post(changePasswordAction, change(oneTime, "Sommar2024!"))).state?.ok).toBe(false);
    expect(await post(changePasswordAction, change(oneTime))).toEqual({ redirect: "/oversikt" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ mustChangePassword: false });
    expect(stored.passwordChangedAt).not.toBeNull();
    expect(await getSessionContext()).toMatchObject({ sessionId: session, gate: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "user.password_changed" } })).toMatchObject({ after: { forced: true } });
  });

  it("is not for the admin's own account", async () => {
    const admin = await createTestUser("ADMIN");
    await useSession(admin, await openSession(admin));
    const { state } = await post(resetPasswordAction, { id: admin.id });
    expect(state).toMatchObject({ ok: false, formError: "Byt ditt eget lösenord under Mitt konto." });
  });

  it("makes a new user change the first password, and shows a generated one", async () => {
    const admin = await createTestUser("ADMIN");
    await useSession(admin, await openSession(admin));
    const { state } = await post(createUserAction, { name: "Nora Nacka", email: "nora@test.se", role: "STEERING", municipalityCode: "" });
    expect(state).toMatchObject({ ok: true, oneTimePassword: expect.stringMatching(/^\S{16}$/) });
    expect(await db.user.findUniqueOrThrow({ where: { email: "nora@test.se" } })).toMatchObject({ mustChangePassword: true });
  });
});

describe("ending sessions", () => {
  it("lets a person sign out everywhere else", async () => {
    const user = await createTestUser("STEERING");
    const [a, b, current] = [await openSession(user), await openSession(user), await openSession(user)];
    await useSession(user, current);
    const { state } = await post(endOtherSessionsAction, {});
    expect(state).toMatchObject({ ok: true, message: "2 andra sessioner har loggats ut." });
    expect([await endedReason(a), await endedReason(b), await endedReason(current)]).toEqual(["ended_by_user", "ended_by_user", null]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "auth.sessions_ended" } })).toMatchObject({
      actorId: user.id,
      after: { reason: "ended_by_user", count: 2 },
    });
  });

  it("lets an admin end all of a user's sessions, which then stop counting", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("STEERING");
    const session = await openSession(user);
    await useSession(admin, await openSession(admin));
    const { state } = await post(endUserSessionsAction, { id: user.id });
    expect(state).toMatchObject({ ok: true, message: "1 session har avslutats." });
    expect(await endedReason(session)).toBe("ended_by_admin");
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "auth.sessions_ended" } })).toMatchObject({
      actorId: admin.id,
      entityId: user.id,
      after: { reason: "ended_by_admin", count: 1 },
    });
    await useSession(user, session);
    expect(await getSessionContext()).toBeNull();
  });
});

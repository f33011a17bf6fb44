import { generate } from "otplib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { createTestUser, formData, resetDatabase } from "./helpers";

// The second factor against a real database, through its actions with a real session lookup: only
// next-auth's cookie is stood in for (which session the request names), and the request headers.

const cookie = vi.hoisted(() => ({ auth: vi.fn() }));
vi.mock("@/lib/auth/auth", () => ({ auth: cookie.auth }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-ods-client-address": "10.0.0.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createSession } = await import("@/lib/auth/sessions/store");
const { enableSecondFactorAction, redeemRecoveryCodeAction, resetSecondFactorAction, verifySecondFactorAction } =
  await import("@/lib/auth/second-factor/actions");
const { resetSecondFactor } = await import("@/lib/auth/second-factor/mutations");
const { startEnrolment } = await import("@/lib/auth/second-factor/queries");
const { getSecondFactorKey } = await import("@/lib/auth/second-factor/key");
const { sealTotpSecret } = await import("@/lib/auth/second-factor/sealing");
const { currentTotpStep } = await import("@/lib/auth/second-factor/totp");

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const ADDRESS = "10.0.0.7";

beforeEach(resetDatabase);

/** A password session of the user, named by the request's cookie from now on. */
async function signInWithPassword(user: SessionUser, secondFactorAt: Date | null = null): Promise<string> {
  const sessionId = await db.$transaction((tx) =>
    createSession(tx, user, { method: "password", address: ADDRESS, userAgent: null, secondFactorAt }),
  );
  cookie.auth.mockResolvedValue({ user: { id: user.id }, sessionId, sessionVersion: 1 });
  return sessionId;
}

async function withSecondFactor(user: SessionUser, recoveryCodes: string[] = []): Promise<void> {
  const { hashRecoveryCode } = await import("@/lib/auth/second-factor/recovery-codes");
  await db.user.update({
    where: { id: user.id },
    data: {
      totpSecret: sealTotpSecret(getSecondFactorKey(), user.id, SECRET),
      totpEnabledAt: new Date(),
      recoveryCodes: { create: recoveryCodes.map((code) => ({ codeHash: hashRecoveryCode(code) })) },
    },
  });
}

const codeFor = (secret: string, steps = 0) => generate({ secret, epoch: (currentTotpStep(new Date()) + steps) * 30 });
const wrongCode = async (secret: string) => String((Number(await codeFor(secret)) + 500_000) % 1_000_000).padStart(6, "0");

type State = {
  ok: boolean;
  formError?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  recoveryCodes?: string[];
  pending?: { enrolment: string; secretText: string; qrDataUrl: string };
};

/** Posts a form; a redirect comes back as its location. */
async function post(
  action: (previous: State, data: FormData) => Promise<State>,
  fields: Record<string, string>,
): Promise<State | { redirect: string }> {
  try {
    return await action({ ok: false }, formData(fields));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}

const sessionRow = (id: string) => db.session.findUniqueOrThrow({ where: { id } });
const events = (type: string) => db.auditEvent.findMany({ where: { type }, orderBy: [{ at: "asc" }, { id: "asc" }] });

describe("enrolment", () => {
  it("stores the secret sealed only once a code confirms it, shows ten recovery codes once and lets the session on", async () => {
    const user = await createTestUser("STEERING");
    const sessionId = await signInWithPassword(user);
    const pending = await startEnrolment(user);
    const secret = pending.secretText.replace(/ /g, "");

    const wrong = await post(enableSecondFactorAction, { enrolment: pending.enrolment, code: await wrongCode(secret) });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringMatching(/stämmer inte/)] } });
    expect((wrong as State).pending?.enrolment).toBe(pending.enrolment);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const done = (await post(enableSecondFactorAction, { enrolment: pending.enrolment, code: await codeFor(secret) })) as State;
    expect(done.ok).toBe(true);
    expect(done.recoveryCodes).toHaveLength(10);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.recoveryCodes).toHaveLength(10);
    expect(stored.recoveryCodes.map((r) => r.codeHash)).not.toContain(done.recoveryCodes![0]);
    expect((await sessionRow(sessionId)).secondFactorAt).not.toBeNull();
    expect(await events("second_factor.enabled")).toHaveLength(1);

    // Enabled once: the same form again changes nothing.
    const again = await post(enableSecondFactorAction, { enrolment: pending.enrolment, code: await codeFor(secret, 1) });
    expect(again).toMatchObject({ ok: false, formError: expect.stringMatching(/redan påslagen/) });
  });

  it("refuses a sealed secret made for another user, and anyone not signed in", async () => {
    const user = await createTestUser("STEERING");
    const other = await createTestUser("STEERING");
    await signInWithPassword(user);
    const pending = await startEnrolment(other);
    const code = await codeFor(pending.secretText.replace(/ /g, ""));
    expect(await post(enableSecondFactorAction, { enrolment: pending.enrolment, code })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/för länge/),
    });
    cookie.auth.mockResolvedValue(null);
    expect(await post(enableSecondFactorAction, { enrolment: pending.enrolment, code })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/inloggad/),
    });
    expect(await db.user.count({ where: { totpEnabledAt: { not: null } } })).toBe(0);
  });
});

describe("the code page", () => {
  it("lets the session in with a right code, once: the same code is refused after, and logged", async () => {
    const admin = await createTestUser("ADMIN");
    await withSecondFactor(admin);
    const first = await signInWithPassword(admin);
    const code = await codeFor(SECRET);
    expect(await post(verifySecondFactorAction, { code, callbackUrl: "//evil.example" })).toEqual({ redirect: "/oversikt" });
    expect((await sessionRow(first)).secondFactorAt).not.toBeNull();
    expect(await events("second_factor.verified")).toHaveLength(1);

    const second = await signInWithPassword(admin);
    expect(await post(verifySecondFactorAction, { code })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringMatching(/redan använts/)] },
    });
    expect((await sessionRow(second)).secondFactorAt).toBeNull();
    const failed = await events("auth.sign_in_failed");
    expect(failed.map((e) => e.after)).toEqual([{ method: "password", address: ADDRESS, reason: "second_factor" }]);
    // The next step's code still works (one step of drift), and a safe callback is followed.
    expect(await post(verifySecondFactorAction, { code: await codeFor(SECRET, 1), callbackUrl: "/platser" })).toEqual({
      redirect: "/platser",
    });
  });

  it("answers only a session waiting at that gate", async () => {
    const admin = await createTestUser("ADMIN");
    await withSecondFactor(admin);
    await signInWithPassword(admin, new Date());
    expect(await post(verifySecondFactorAction, { code: await codeFor(SECRET) })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/behörighet/),
    });
    cookie.auth.mockResolvedValue(null);
    expect(await post(verifySecondFactorAction, { code: await codeFor(SECRET) })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/inloggad/),
    });
  });

  it("takes a recovery code once", async () => {
    const admin = await createTestUser("ADMIN");
    await withSecondFactor(admin, ["AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF"]);
    const first = await signInWithPassword(admin);
    expect(await post(redeemRecoveryCodeAction, { recoveryCode: "aaaa bbbb cccc" })).toEqual({ redirect: "/oversikt" });
    expect((await sessionRow(first)).secondFactorAt).not.toBeNull();
    expect((await events("second_factor.recovery_code_used")).map((e) => e.after)).toEqual([{ remaining: 1 }]);

    const second = await signInWithPassword(admin);
    expect(await post(redeemRecoveryCodeAction, { recoveryCode: "AAAA-BBBB-CCCC" })).toMatchObject({
      ok: false,
      fieldErrors: { recoveryCode: [expect.stringMatching(/redan använts/)] },
    });
    expect((await sessionRow(second)).secondFactorAt).toBeNull();
  });

  it("slows down wrong codes per user: after five, even a right code waits", async () => {
    const admin = await createTestUser("ADMIN");
    await withSecondFactor(admin);
    const sessionId = await signInWithPassword(admin);
    for (let i = 0; i < 5; i++) {
      expect(await post(verifySecondFactorAction, { code: await wrongCode(SECRET) })).toMatchObject({ ok: false });
    }
    // A new session (a new sign-in with the password) does not start the count again.
    await signInWithPassword(admin);
    expect(await post(verifySecondFactorAction, { code: await codeFor(SECRET) })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringMatching(/För många/)] },
    });
    expect(await post(redeemRecoveryCodeAction, { recoveryCode: "AAAA-BBBB-CCCC" })).toMatchObject({
      ok: false,
      fieldErrors: { recoveryCode: [expect.stringMatching(/För många/)] },
    });
    expect((await sessionRow(sessionId)).secondFactorAt).toBeNull();
    const reasons = (await events("auth.sign_in_failed")).map((e) => (e.after as { reason: string }).reason);
    expect(reasons).toEqual([...Array(5).fill("second_factor"), "throttled", "throttled"]);
  });
});

describe("the admin's reset", () => {
  it("clears the secret and the codes and ends the user's sessions, on record", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("STEERING");
    await withSecondFactor(user, ["AAAA-BBBB-CCCC"]);
    const userSession = await signInWithPassword(user);
    await signInWithPassword(admin, new Date());

    expect(await post(resetSecondFactorAction, { id: user.id })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringMatching(/Bekräfta/)] },
    });
    expect(await post(resetSecondFactorAction, { id: user.id, confirm: "yes" })).toMatchObject({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(stored).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] });
    expect(await sessionRow(userSession)).toMatchObject({ endReason: "second_factor_reset" });
    expect((await events("second_factor.reset")).map((e) => [e.entityId, e.actorId])).toEqual([[user.id, admin.id]]);
    expect((await events("auth.sessions_ended")).map((e) => e.after)).toEqual([{ reason: "second_factor_reset", count: 1 }]);

    expect(await post(resetSecondFactorAction, { id: user.id, confirm: "yes" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/ingen tvåstegsverifiering/),
    });
  });

  it("is refused to anyone but an admin", async () => {
    const steering = await createTestUser("STEERING");
    const user = await createTestUser("STEERING");
    await withSecondFactor(user);
    expect(await resetSecondFactor(steering, user)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
  });
});

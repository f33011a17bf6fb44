import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { recordFailedSignIn } from "@/lib/auth/sign-in";
import { PASSWORD_METHOD } from "@/lib/auth/sessions/state";
import { endSessions } from "@/lib/auth/sessions/store";
import { getThrottleWait, recordThrottledFailure } from "@/lib/auth/throttle/store";
import { forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messages } from "@/lib/i18n";
import { getSecondFactorKey } from "./key";
import { generateRecoveryCodes, hashRecoveryCode, isRecoveryCodeFormat } from "./recovery-codes";
import { openEnrolment, openTotpSecret, sealTotpSecret } from "./sealing";
import { checkTotpCode } from "./totp";

const t = messages.secondFactor;

/** The session at the code page: whose it is, and which one passes when the code is right. */
export type GateSession = { sessionId: string; user: Pick<SessionUser, "id" | "email"> };

// Wrong codes are throttled per user, with the sign-in's counters and rules (lib/auth/throttle):
// five free, then 1, 2, 4 … seconds up to 15 minutes. Per user, not per session or address: whoever
// is at this page already knows the password, and could open a fresh session from a fresh address
// for each guess. The owner is slowed too, which is the price of a guessed password; they can
// still use a recovery code once the wait is over, and an admin can reset their factor.
const throttleKeysFor = (userId: string) => [{ kind: "pair" as const, key: `second-factor:${userId}` }];

type Check = { ok: true } | { ok: false; wait: number };

async function checkThrottle(session: GateSession, address: string): Promise<Check> {
  const wait = await getThrottleWait(throttleKeysFor(session.user.id));
  if (wait === 0) return { ok: true };
  await recordFailedSignIn(session.user.email, PASSWORD_METHOD, address, "throttled");
  return { ok: false, wait };
}

async function recordWrongCode(session: GateSession, address: string): Promise<void> {
  await recordThrottledFailure(throttleKeysFor(session.user.id));
  await recordFailedSignIn(session.user.email, PASSWORD_METHOD, address, "second_factor");
}

async function clearThrottle(userId: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeysFor(userId)[0]!.key } });
}

/** Marks this session as past its second factor; false when it ended meanwhile. */
async function passSession(tx: Prisma.TransactionClient, session: GateSession, now: Date): Promise<boolean> {
  const { count } = await tx.session.updateMany({
    where: { id: session.sessionId, userId: session.user.id, endedAt: null },
    data: { secondFactorAt: now },
  });
  return count === 1;
}

function readStoredSecret(userId: string, box: string): string {
  const secret = openTotpSecret(getSecondFactorKey(), userId, box);
  // Only a changed AUTH_SECRET (or an altered row) gets here: an admin's reset lets the user enrol again.
  if (!secret) throw new Error(`The stored TOTP secret of user ${userId} cannot be opened: was AUTH_SECRET changed?`);
  return secret;
}

/** The code page: a right code, not used before, lets this session in. */
export async function verifySecondFactor(session: GateSession, code: string, address: string, now = new Date()): Promise<MutationResult> {
  const throttle = await checkThrottle(session, address);
  if (!throttle.ok) return { ok: false, fieldErrors: { code: [t.throttled(throttle.wait)] } };
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { totpSecret: true, totpLastStep: true } });
  if (!user?.totpSecret) return forbidden();
  const check = await checkTotpCode(readStoredSecret(session.user.id, user.totpSecret), code, user.totpLastStep, now);
  const passed =
    check.ok &&
    (await db.$transaction(async (tx) => {
      // The step is claimed conditionally: of two requests with one code, only one gets in.
      const claimed = await tx.user.updateMany({
        where: { id: session.user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
        data: { totpLastStep: check.step },
      });
      if (claimed.count === 0 || !(await passSession(tx, session, now))) return false;
      await recordAuditEvent(tx, session.user, {
        type: "second_factor.verified",
        entityType: "user",
        entityId: session.user.id,
        before: null,
        after: { method: "totp" },
      });
      return true;
    }));
  if (!passed) {
    await recordWrongCode(session, address);
    return { ok: false, fieldErrors: { code: [t.wrongCode] } };
  }
  await clearThrottle(session.user.id);
  return { ok: true, value: undefined };
}

/** The code page without the phone: a recovery code lets this session in, once. */
export async function redeemRecoveryCode(session: GateSession, input: string, address: string, now = new Date()): Promise<MutationResult> {
  const throttle = await checkThrottle(session, address);
  if (!throttle.ok) return { ok: false, fieldErrors: { recoveryCode: [t.throttled(throttle.wait)] } };
  const passed =
    isRecoveryCodeFormat(input) &&
    (await db.$transaction(async (tx) => {
      const used = await tx.recoveryCode.updateMany({
        where: { userId: session.user.id, codeHash: hashRecoveryCode(input), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count !== 1 || !(await passSession(tx, session, now))) return false;
      const remaining = await tx.recoveryCode.count({ where: { userId: session.user.id, usedAt: null } });
      await recordAuditEvent(tx, session.user, {
        type: "second_factor.recovery_code_used",
        entityType: "user",
        entityId: session.user.id,
        before: null,
        after: { remaining },
      });
      return true;
    }));
  if (!passed) {
    await recordWrongCode(session, address);
    return { ok: false, fieldErrors: { recoveryCode: [t.wrongRecoveryCode] } };
  }
  await clearThrottle(session.user.id);
  return { ok: true, value: undefined };
}

/**
 * Confirms an enrolment: the code proves the app holds the secret sealed in the form. Stores the
 * secret sealed, makes ten recovery codes (returned once, stored hashed) and lets this session in.
 */
export async function enableSecondFactor(
  session: GateSession,
  input: { enrolment: string; code: string },
  now = new Date(),
): Promise<MutationResult<{ recoveryCodes: string[] }>> {
  const key = getSecondFactorKey();
  const secret = openEnrolment(key, session.user.id, input.enrolment, now);
  if (!secret) return { ok: false, formError: t.enrolmentExpired };
  const check = await checkTotpCode(secret, input.code, null, now);
  if (!check.ok) return { ok: false, fieldErrors: { code: [t.wrongCode] } };
  const recoveryCodes = generateRecoveryCodes();
  return db.$transaction(async (tx): Promise<MutationResult<{ recoveryCodes: string[] }>> => {
    const enabled = await tx.user.updateMany({
      where: { id: session.user.id, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(key, session.user.id, secret), totpEnabledAt: now, totpLastStep: check.step },
    });
    if (enabled.count === 0) return { ok: false, formError: t.alreadyEnabled };
    await tx.recoveryCode.deleteMany({ where: { userId: session.user.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: session.user.id, codeHash: hashRecoveryCode(code) })),
    });
    await passSession(tx, session, now);
    await recordAuditEvent(tx, session.user, {
      type: "second_factor.enabled",
      entityType: "user",
      entityId: session.user.id,
      before: null,
      after: { recoveryCodes: recoveryCodes.length },
    });
    return { ok: true, value: { recoveryCodes } };
  });
}

/**
 * An admin's reset (or an operator's, actor null) for a user who lost the phone and the codes: the
 * secret and the codes go, and every session of the user ends, so whoever holds the phone gets no
 * further. The user enrols again at the next sign-in if the policy requires it.
 */
export async function resetSecondFactor(actor: SessionUser | null, target: { id: string }): Promise<MutationResult> {
  if (actor && !can(actor, "user:manage")) return forbidden();
  return db.$transaction(async (tx): Promise<MutationResult> => {
    const cleared = await tx.user.updateMany({
      where: { id: target.id, OR: [{ totpSecret: { not: null } }, { totpEnabledAt: { not: null } }] },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (cleared.count === 0) return { ok: false, formError: t.adminNothingToReset };
    await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
    await endSessions(tx, actor, target.id, "second_factor_reset");
    await recordAuditEvent(tx, actor, { type: "second_factor.reset", entityType: "user", entityId: target.id, before: null, after: null });
    return { ok: true, value: undefined };
  });
}

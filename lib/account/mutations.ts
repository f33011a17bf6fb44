import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordStrength } from "@/lib/auth/password-strength";
import type { SessionContext } from "@/lib/auth/session";
import { endSessions } from "@/lib/auth/sessions/store";
import { getThrottleWait, recordThrottledFailure } from "@/lib/auth/throttle/store";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import type { ChangePasswordInput } from "./schemas";

const t = messages.account.password;

/**
 * Wrong current passwords are counted per account like wrong sign-ins from one place (five free,
 * then doubling delays): a session left open must not become a way to guess the password.
 */
const changeThrottle = (userId: string) => [{ kind: "pair" as const, key: `password-change:${userId}` }];

async function recordChangeFailure(user: SessionContext["user"], reason: "wrong_current" | "throttled"): Promise<void> {
  await db.$transaction((tx) =>
    recordAuditEvent(tx, user, {
      type: "user.password_change_failed",
      entityType: "user",
      entityId: user.id,
      before: null,
      after: { reason },
    }),
  );
}

/** Every field error a change gets: the current password, then the new one's strength. */
async function checkChange(user: SessionContext["user"], passwordHash: string, input: ChangePasswordInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!(await verifyPassword(passwordHash, input.currentPassword))) {
    await recordThrottledFailure(changeThrottle(user.id));
    await recordChangeFailure(user, "wrong_current");
    errors.currentPassword = [t.currentWrong];
  }
  const strength = checkPasswordStrength(input.newPassword, user);
  if (!strength.ok) errors.newPassword = strength.reasons;
  else if (input.newPassword === input.currentPassword) errors.newPassword = [t.sameAsCurrent];
  return errors;
}

/**
 * Changes the signed-in person's password: the current one proves it is them (a one-time password
 * at the forced change), the new one must be strong. Their other sessions end; this one goes on,
 * and a forced change opens the app.
 */
export async function changePassword(context: SessionContext, input: ChangePasswordInput): Promise<MutationResult<{ forced: boolean }>> {
  const { user, sessionId } = context;
  if ((await getThrottleWait(changeThrottle(user.id))) > 0) {
    await recordChangeFailure(user, "throttled");
    return { ok: false, fieldErrors: { currentPassword: [t.throttled] } };
  }
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, mustChangePassword: true } });
  const fieldErrors = await checkChange(user, stored.passwordHash, input);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const passwordHash = await hashPassword(input.newPassword);
  const forced = stored.mustChangePassword;
  return db.$transaction(async (tx) => {
    // Only from the password just verified: a reset or another change in between wins.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: stored.passwordHash },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    if (count === 0) return { ok: false, fieldErrors: { currentPassword: [t.currentWrong] } };
    await tx.signInThrottle.deleteMany({ where: { key: changeThrottle(user.id)[0]!.key } });
    await endSessions(tx, user, user.id, "password_changed", sessionId);
    await recordAuditEvent(tx, user, {
      type: "user.password_changed",
      entityType: "user",
      entityId: user.id,
      before: null,
      after: { forced },
    });
    return { ok: true, value: { forced } };
  });
}

/** Signs the person out everywhere but here. */
export async function endOtherSessions(context: SessionContext): Promise<MutationResult<{ count: number }>> {
  const count = await db.$transaction((tx) => endSessions(tx, context.user, context.user.id, "ended_by_user", context.sessionId));
  return { ok: true, value: { count } };
}

import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SIGN_IN_FAILURES } from "@/lib/audit/events";
import { getMetrics } from "@/lib/observability/metrics";
import { isDemoAccount, isDemoDatabase } from "./demo";
import { getDummyHash, verifyPassword } from "./password";
import { PASSWORD_METHOD } from "./sessions/state";
import { clearThrottlePair, getThrottleWait, recordThrottledFailure, throttleKeys } from "./throttle/store";

export type SignInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

export type SignInResult =
  { ok: true; user: SignInUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

type Failure = (typeof SIGN_IN_FAILURES)[number];

/** Logs a refused sign-in on the address it named, which may belong to nobody. */
export async function recordFailedSignIn(email: string, method: string, address: string, reason: Failure): Promise<void> {
  getMetrics().signInFailures.inc({ method, reason });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, null, {
      type: "auth.sign_in_failed",
      entityType: "sign_in",
      entityId: email.slice(0, 254),
      before: null,
      after: { method, address, reason },
    }),
  );
}

/** Whether the user has signed in from this address before: their usual place of work. */
async function isKnownAddress(userId: string, address: string): Promise<boolean> {
  return (await db.session.count({ where: { userId, ipAddress: address } })) > 0;
}

/**
 * Checks an email and password from a client address. Unknown address, wrong password, disabled
 * account and a demo account outside a demo all answer "invalid" after the same amount of work, so
 * the answer does not tell which part was wrong; the audit log records which it was.
 */
export async function checkCredentials(emailInput: string, password: string, address: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  const keys = throttleKeys(email, address, user ? await isKnownAddress(user.id, address) : false);
  const wait = await getThrottleWait(keys);
  if (wait > 0) {
    await recordFailedSignIn(email, PASSWORD_METHOD, address, "throttled");
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const refusal: Failure | null = !user
    ? "unknown_account"
    : !passwordOk
      ? "invalid"
      : user.disabledAt
        ? "disabled"
        : isDemoAccount(email) && !(await isDemoDatabase())
          ? "demo_refused"
          : null;
  if (refusal || !user) {
    await recordThrottledFailure(keys);
    await recordFailedSignIn(email, PASSWORD_METHOD, address, refusal ?? "unknown_account");
    return { ok: false, reason: "invalid" };
  }
  await clearThrottlePair(email, address);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

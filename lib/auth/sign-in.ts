import "server-only";
import { db } from "@/lib/db";
import { getDummyHash, verifyPassword } from "./password";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password. Unknown address, wrong password and disabled account all answer
 * "invalid" after the same amount of work, so the answer does not tell which part was wrong.
 */
export async function checkCredentials(emailInput: string, password: string, ip: string): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  if (await isSignInBlocked(email, ip)) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailedSignIn(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db";
import { isDemoAccount, isDemoDatabase } from "../demo";
import type { OidcClaims } from "./providers";

// Who a provider's person is in this app. Only an account an admin has created may sign in: found
// by the provider's subject once linked, else by the provider's *verified* e-mail address, which
// then links the subject so that a later change of address at the provider still finds them.

export type OidcMatch =
  | { ok: true; user: { id: string; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "unknown_account" | "disabled" | "demo_refused" };

const isVerified = (claims: OidcClaims) => claims.email_verified === true || claims.email_verified === "true";

async function findLinkedOrLink(provider: string, claims: OidcClaims) {
  const subject = claims.sub ?? "";
  if (!subject) return null;
  const linked = await db.userIdentity.findUnique({ where: { provider_subject: { provider, subject } }, include: { user: true } });
  if (linked) return linked.user;
  if (!claims.email || !isVerified(claims)) return null;
  const user = await db.user.findUnique({ where: { email: claims.email.trim().toLowerCase() } });
  if (!user) return null;
  // One subject per provider and user: an address reused by a second person at the provider must
  // not take over an account already linked to someone else there.
  const other = await db.userIdentity.findFirst({ where: { provider, userId: user.id } });
  if (other) return null;
  try {
    await db.userIdentity.create({ data: { provider, subject, userId: user.id } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return user;
}

export async function matchOidcAccount(provider: string, claims: OidcClaims): Promise<OidcMatch> {
  const user = await findLinkedOrLink(provider, claims);
  if (!user) return { ok: false, reason: "unknown_account" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  if (isDemoAccount(user.email) && !(await isDemoDatabase())) return { ok: false, reason: "demo_refused" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

import type { Role } from "../permissions";

// Whether a session still counts, and what it must pass before the app opens. Pure, so it is
// unit-tested on its own; lib/auth/session.ts applies it on every request.

export type MfaPolicy = "admins" | "all";

export type StoredSession = { method: string; expiresAt: Date; lastSeenAt: Date; endedAt: Date | null; secondFactorAt: Date | null };
export type SessionOwner = { role: Role; disabledAt: Date | null; totpEnabledAt: Date | null; mustChangePassword: boolean };

/** A session that is over; `null` from {@link getSessionState} means it counts. */
export type SessionEnd = "ended" | "expired" | "idle" | "disabled";

/** What a live session must do before anything else is shown, in this order. */
export type SessionGate = "second-factor" | "enrol-second-factor" | "change-password";

export type SessionState = { end: SessionEnd } | { gate: SessionGate } | { active: true };

export const PASSWORD_METHOD = "password";

/**
 * Whether a person signing in with a password must pass a second factor: always when they have
 * one, else by the installation's policy. Identity-provider sign-ins rely on the provider's MFA.
 */
export function requiresSecondFactor(owner: Pick<SessionOwner, "role" | "totpEnabledAt">, policy: MfaPolicy): boolean {
  return owner.totpEnabledAt !== null || policy === "all" || owner.role === "ADMIN";
}

export function getSessionState(
  session: StoredSession,
  owner: SessionOwner,
  settings: { idleMinutes: number; mfa: MfaPolicy },
  now: Date,
): SessionState {
  if (session.endedAt) return { end: "ended" };
  if (owner.disabledAt) return { end: "disabled" };
  if (now >= session.expiresAt) return { end: "expired" };
  if (now.getTime() - session.lastSeenAt.getTime() >= settings.idleMinutes * 60_000) return { end: "idle" };
  if (session.method === PASSWORD_METHOD && !session.secondFactorAt && requiresSecondFactor(owner, settings.mfa)) {
    return { gate: owner.totpEnabledAt ? "second-factor" : "enrol-second-factor" };
  }
  if (owner.mustChangePassword && session.method === PASSWORD_METHOD) return { gate: "change-password" };
  return { active: true };
}

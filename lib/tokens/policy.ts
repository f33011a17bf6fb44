import { can, type Action, type SessionUser } from "@/lib/auth/permissions";
import { stockholmDayStart } from "@/lib/audit/time";

// What a token may do and how long it lives. Pure (no database), so it is unit-tested on its own.
// Tokens only read: a scope names the API actions it reaches, checked on top of its user's role.

export const TOKEN_SCOPES = ["STATS", "STATS_AND_EXPORTS"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_ACTIONS: Record<TokenScope, readonly Action[]> = {
  STATS: ["stats:read"],
  // Exports hold every answer of every scene in scope: only when asked for, and only for a role that may.
  STATS_AND_EXPORTS: ["stats:read", "export:read"],
};

export function tokenScopeAllows(scope: TokenScope, action: Action): boolean {
  return SCOPE_ACTIONS[scope].includes(action);
}

/** The scopes a user may give their own token: never more than their role reads. */
export function scopesFor(user: SessionUser): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => SCOPE_ACTIONS[scope].every((action) => can(user, action)));
}

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;

const STOCKHOLM_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** "2026-11-27": the day it is in Stockholm at the instant. */
export function stockholmDay(instant: Date): string {
  return STOCKHOLM_DAY.format(instant);
}

/** The calendar day `days` after `day` (both "YYYY-MM-DD"). */
export function addDays(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether the value is a real calendar day written as YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/** The days a token may end on, seen from `now`: from tomorrow to a year ahead, 90 days by default. */
export function expiryBounds(now: Date): { min: string; max: string; default: string } {
  const today = stockholmDay(now);
  return { min: addDays(today, 1), max: addDays(today, MAX_TOKEN_DAYS), default: addDays(today, DEFAULT_TOKEN_DAYS) };
}

/** A token is valid through its last day, in Swedish time: it stops at the following midnight. */
export function tokenExpiresAt(lastDay: string): Date {
  return stockholmDayStart(lastDay, 1);
}

/** The last day a token is valid, the inverse of tokenExpiresAt. */
export function tokenLastDay(expiresAt: Date): string {
  return stockholmDay(new Date(expiresAt.getTime() - 1));
}

export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenStatus {
  if (token.revokedAt) return "revoked";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

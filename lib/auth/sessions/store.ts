import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAuditEvent, type Actor } from "@/lib/audit/record";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sessionUserInclude } from "../session-user";

// The server-side record of each session (prisma Session). The cookie's JWT carries only the id;
// whether the session still counts is decided here, on every request (lib/auth/session.ts).

type Tx = Prisma.TransactionClient;

export type SessionEndReason =
  "sign_out" | "ended_by_user" | "ended_by_admin" | "password_changed" | "second_factor_reset" | "idle" | "expired";

/** lastSeenAt is written at most once per this interval: the idle timeout needs no finer clock. */
const TOUCH_RESOLUTION_MS = 60_000;

export function getSessionSettings() {
  const env = getEnv();
  return { maxAgeMinutes: env.AUTH_SESSION_MAX_AGE_MINUTES, idleMinutes: env.AUTH_SESSION_IDLE_MINUTES, mfa: env.AUTH_MFA_REQUIRED };
}

/** Opens a session and logs the sign-in, in the caller's transaction. */
export async function createSession(
  tx: Tx,
  user: { id: string; email: string },
  details: { method: string; address: string; userAgent: string | null; secondFactorAt?: Date | null },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  const { maxAgeMinutes } = getSessionSettings();
  await tx.session.create({
    data: {
      id,
      userId: user.id,
      method: details.method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeMinutes * 60_000),
      secondFactorAt: details.secondFactorAt ?? null,
      ipAddress: details.address,
      userAgent: details.userAgent?.slice(0, 300) ?? null,
    },
  });
  await recordAuditEvent(tx, user, {
    type: "auth.signed_in",
    entityType: "user",
    entityId: user.id,
    before: null,
    after: { method: details.method, address: details.address },
  });
  return id;
}

/** A session with its user, as the request check needs them. */
export function findSession(id: string) {
  return db.session.findUnique({ where: { id }, include: { user: { include: sessionUserInclude } } });
}

/** Records activity for the idle timeout, at most once a minute per session. */
export async function touchSession(id: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_RESOLUTION_MS) return;
  await db.session.updateMany({ where: { id, endedAt: null, lastSeenAt }, data: { lastSeenAt: now } });
}

/** Ends one session (sign-out): the cookie, even a copy of it, no longer counts. */
export async function endSession(id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date(), endReason: "sign_out" } });
    if (ended.count === 0) return;
    const session = await tx.session.findUniqueOrThrow({
      where: { id },
      select: { method: true, user: { select: { id: true, email: true } } },
    });
    await recordAuditEvent(tx, session.user, {
      type: "auth.signed_out",
      entityType: "user",
      entityId: session.user.id,
      before: null,
      after: { method: session.method },
    });
  });
}

/** Ends a user's live sessions but one (or all), in the caller's transaction, and logs how many. */
export async function endSessions(tx: Tx, actor: Actor, userId: string, reason: SessionEndReason, exceptId?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, endedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  if (count > 0) {
    await recordAuditEvent(tx, actor, {
      type: "auth.sessions_ended",
      entityType: "user",
      entityId: userId,
      before: null,
      after: { reason, count },
    });
  }
  return count;
}

export type ActiveSessionRow = {
  id: string;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
};

/** A user's sessions that may still count (not ended, not past their absolute end), newest first. */
export async function listActiveSessions(userId: string): Promise<ActiveSessionRow[]> {
  const { idleMinutes } = getSessionSettings();
  const now = new Date();
  return db.session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleMinutes * 60_000) } },
    select: { id: true, method: true, createdAt: true, lastSeenAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
}

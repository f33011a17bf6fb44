import "server-only";
import { noteRequestUser } from "@/lib/observability/request-context";
import type { SessionUser } from "../permissions";
import { toSessionUser } from "../session-user";
import { getSessionState, type SessionGate } from "./state";
import { findSession, getSessionSettings, touchSession } from "./store";

// What a session cookie's claims are worth now. The one place that decides it, for Next's requests
// (lib/auth/session.ts, the cookie read by next-auth) and for the hot reads answered before Next
// (lib/hot-reads, the cookie read from the raw request).

/** What the session cookie names: the server-side session, its user and the user's session version. */
export type SessionClaims = { sessionId: string | undefined; userId: string | undefined; sessionVersion: number | undefined };

export type SessionContext = { sessionId: string; user: SessionUser; gate: SessionGate | null };

/**
 * The session as the database knows it now, or null. The cookie only names the session; whether it
 * still counts (signed out, idle, past its absolute end, the user disabled or changed) and the
 * user's role and scope are read fresh on every request.
 */
export async function resolveSession(claims: SessionClaims, now = new Date()): Promise<SessionContext | null> {
  const { sessionId, userId } = claims;
  if (!sessionId || !userId) return null;
  const session = await findSession(sessionId);
  if (!session || session.userId !== userId) return null;
  if (claims.sessionVersion !== session.user.sessionVersion) return null;
  const state = getSessionState(session, session.user, getSessionSettings(), now);
  if ("end" in state) return null;
  await touchSession(session.id, session.lastSeenAt, now);
  noteRequestUser(session.userId);
  return { sessionId, user: toSessionUser(session.user), gate: "gate" in state ? state.gate : null };
}

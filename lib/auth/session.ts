import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER, withCallbackUrl } from "@/lib/http/request-path";
import { noteRequestUser } from "@/lib/observability/request-context";
import { auth } from "./auth";
import { can, type Action, type AreaResource, type SessionUser } from "./permissions";
import { toSessionUser } from "./session-user";
import { getSessionState, type SessionGate } from "./sessions/state";
import { findSession, getSessionSettings, touchSession } from "./sessions/store";

/** The page each gate of a live session opens on, before anything else is shown. */
export const GATE_PATHS: Record<SessionGate, string> = {
  "second-factor": "/login/kod",
  "enrol-second-factor": "/konto/tvastegsverifiering",
  "change-password": "/konto/losenord",
};

export type SessionContext = { sessionId: string; user: SessionUser; gate: SessionGate | null };

/**
 * The request's session as the database knows it now, or null. The cookie only names the session;
 * whether it still counts (signed out, idle, past its absolute end, the user disabled or changed)
 * and the user's role and scope are read fresh on every request.
 */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const cookie = await auth();
  const sessionId = cookie?.sessionId;
  if (!sessionId || !cookie.user?.id) return null;
  const session = await findSession(sessionId);
  if (!session || session.userId !== cookie.user.id) return null;
  if (cookie.sessionVersion !== session.user.sessionVersion) return null;
  const now = new Date();
  const state = getSessionState(session, session.user, getSessionSettings(), now);
  if ("end" in state) return null;
  await touchSession(session.id, session.lastSeenAt, now);
  noteRequestUser(session.userId);
  return { sessionId, user: toSessionUser(session.user), gate: "gate" in state ? state.gate : null };
});

/** The signed-in user, or null: also null while a gate (second factor, new password) is open. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const context = await getSessionContext();
  return context && !context.gate ? context.user : null;
});

/**
 * For pages: the signed-in user, else a redirect to the login page or to the session's gate. The
 * login page and the code page bring the person back to the page they asked for.
 */
export async function requireUser(): Promise<SessionUser> {
  const context = await getSessionContext();
  if (context && !context.gate) return context.user;
  if (context?.gate && context.gate !== "second-factor") redirect(GATE_PATHS[context.gate]);
  const requestPath = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(withCallbackUrl(context ? GATE_PATHS["second-factor"] : "/login", requestPath));
}

/** For a gate's own page and action: the session waiting at this gate, else where it belongs. */
export async function requireGate(gate: SessionGate): Promise<SessionContext> {
  const context = await getSessionContext();
  if (!context) redirect("/login");
  if (context.gate !== gate) redirect(context.gate ? GATE_PATHS[context.gate] : "/oversikt");
  return context;
}

/** For pages: the signed-in user when they may do the action, else the 403 page. */
export async function requirePermission(action: Action, resource?: AreaResource): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) forbidden();
  return user;
}

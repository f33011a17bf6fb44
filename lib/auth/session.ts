import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER, withCallbackUrl } from "@/lib/http/request-path";
import { auth } from "./auth";
import { can, type Action, type AreaResource, type SessionUser } from "./permissions";
import { resolveSession, type SessionContext } from "./sessions/resolve";
import type { SessionGate } from "./sessions/state";

export type { SessionContext };

/** The page each gate of a live session opens on, before anything else is shown. */
export const GATE_PATHS: Record<SessionGate, string> = {
  "second-factor": "/login/kod",
  "enrol-second-factor": "/konto/tvastegsverifiering",
  "change-password": "/konto/losenord",
};

/** The request's session as the database knows it now (lib/auth/sessions/resolve.ts), or null. */
export const getSessionContext = cache(async (): Promise<SessionContext | null> => {
  const cookie = await auth();
  return resolveSession({ sessionId: cookie?.sessionId, userId: cookie?.user?.id, sessionVersion: cookie?.sessionVersion });
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

import "server-only";
import type { Action, SessionUser } from "./permissions";
import { apiError, authorizeCaller, getTokenCaller, type ApiAuthorization, type ApiCaller } from "./api-caller";
import { getCurrentUser } from "./session";

// Authentication for route handlers under app/api/v1: a personal access token for tools, the
// session cookie for the browser. Each route still authorizes with can() and scopes its query.

export { apiError };

/**
 * The token's user when an Authorization header is present (and only then: a bad token is
 * refused, never silently replaced by a session), else the signed-in user, else null.
 */
async function getApiCaller(request: Request): Promise<ApiCaller | null> {
  const header = request.headers.get("authorization");
  if (header !== null) return getTokenCaller(header);
  const user = await getCurrentUser();
  return user && { user, tokenId: null, scope: null };
}

/** The caller's user, whether by token or session (see getApiCaller). */
export async function getApiUser(request: Request): Promise<SessionUser | null> {
  return (await getApiCaller(request))?.user ?? null;
}

/**
 * Steps 1 and 3 of a route handler in one: the caller when they may do the action (their role,
 * and a token's scope on top), else the 401 (nobody, or a bad, revoked or expired token) or 403
 * response to return as it is. `tokenId` is null for a session.
 */
export async function authorizeApiRequest(request: Request, action: Action): Promise<ApiAuthorization> {
  return authorizeCaller(await getApiCaller(request), request.headers.has("authorization"), action);
}

import "server-only";
import { messages } from "@/lib/i18n";
import { noteRequestUser } from "@/lib/observability/request-context";
import { tokenScopeAllows, type TokenScope } from "@/lib/tokens/policy";
import { authenticateToken } from "@/lib/tokens/queries";
import { can, type Action, type SessionUser } from "./permissions";
import { getCurrentUser } from "./session";

// Authentication for route handlers under app/api/v1: a personal access token for tools, the
// session cookie for the browser. Each route still authorizes with can() and scopes its query.

/** The caller: a user, and the token they came with (null for a session, which has no token scope). */
type ApiCaller = { user: SessionUser; tokenId: string | null; scope: TokenScope | null };

/**
 * The token's user when an Authorization header is present (and only then: a bad token is
 * refused, never silently replaced by a session), else the signed-in user, else null.
 */
async function getApiCaller(request: Request): Promise<ApiCaller | null> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const caller = await authenticateToken(header);
    if (caller) noteRequestUser(caller.user.id);
    return caller;
  }
  const user = await getCurrentUser();
  return user && { user, tokenId: null, scope: null };
}

/** The caller's user, whether by token or session (see getApiCaller). */
export async function getApiUser(request: Request): Promise<SessionUser | null> {
  return (await getApiCaller(request))?.user ?? null;
}

/** A JSON error the API's clients can read: `{ "error": "…" }` with a Swedish message. */
export function apiError(status: number, message: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // RFC 6750: a 401 names the scheme the client should use.
  if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  return Response.json({ error: message }, { status, headers });
}

/**
 * Steps 1 and 3 of a route handler in one: the caller when they may do the action (their role,
 * and a token's scope on top), else the 401 (nobody, or a bad, revoked or expired token) or 403
 * response to return as it is. `tokenId` is null for a session.
 */
export async function authorizeApiRequest(
  request: Request,
  action: Action,
): Promise<{ user: SessionUser; tokenId: string | null } | { response: Response }> {
  const caller = await getApiCaller(request);
  if (!caller) {
    const message = request.headers.has("authorization") ? messages.tokens.invalidToken : messages.errors.unauthenticated;
    return { response: apiError(401, message) };
  }
  if (!can(caller.user, action)) return { response: apiError(403, messages.errors.forbidden) };
  if (caller.scope && !tokenScopeAllows(caller.scope, action)) {
    return { response: apiError(403, messages.tokens.scopeRefused(messages.tokens.scopes[caller.scope])) };
  }
  return { user: caller.user, tokenId: caller.tokenId };
}

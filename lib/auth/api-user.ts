import "server-only";
import { messages } from "@/lib/i18n";
import { authenticateToken } from "@/lib/tokens/queries";
import { can, type Action, type SessionUser } from "./permissions";
import { getCurrentUser } from "./session";

// Authentication for route handlers under app/api/v1: a personal access token for tools, the
// session cookie for the browser. Each route still authorizes with can() and scopes its query.

/** Who calls: the user, and the token they came with (null for the browser's session). */
export type ApiCaller = { user: SessionUser; tokenId: string | null };

/**
 * The caller: the token's user when an Authorization header is present (and only then: a bad
 * token is refused, never silently replaced by a session), else the signed-in user, else null.
 */
export async function getApiUser(request: Request): Promise<ApiCaller | null> {
  const header = request.headers.get("authorization");
  if (header !== null) return authenticateToken(header);
  const user = await getCurrentUser();
  return user ? { user, tokenId: null } : null;
}

/** A JSON error the API's clients can read: `{ "error": "…" }` with a Swedish message. */
export function apiError(status: number, message: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // RFC 6750: a 401 names the scheme the client should use.
  if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  return Response.json({ error: message }, { status, headers });
}

/**
 * Steps 1 and 3 of a route handler in one: the caller when they may do the action, else the 401
 * (nobody, or a bad token) or 403 response to return as it is.
 */
export async function authorizeApiRequest(request: Request, action: Action): Promise<ApiCaller | { response: Response }> {
  const caller = await getApiUser(request);
  if (!caller) {
    const message = request.headers.has("authorization") ? messages.tokens.invalidToken : messages.errors.unauthenticated;
    return { response: apiError(401, message) };
  }
  if (!can(caller.user, action)) return { response: apiError(403, messages.errors.forbidden) };
  return caller;
}

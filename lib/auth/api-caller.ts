import "server-only";
import { messages } from "@/lib/i18n";
import { noteRequestUser } from "@/lib/observability/request-context";
import { tokenScopeAllows, type TokenScope } from "@/lib/tokens/policy";
import { authenticateToken } from "@/lib/tokens/queries";
import { can, type Action, type SessionUser } from "./permissions";

// The API's callers and their authorization, without the session (lib/auth/api-user.ts adds the
// cookie's caller): also for the statistics API's hot read before Next (lib/hot-reads).

/** The caller: a user, and the token they came with (null for a session, which has no token scope). */
export type ApiCaller = { user: SessionUser; tokenId: string | null; scope: TokenScope | null };

export type ApiAuthorization = { user: SessionUser; tokenId: string | null } | { response: Response };

/** The caller of an Authorization header: the token's user, or null for a bad, revoked or expired token. */
export async function getTokenCaller(header: string): Promise<ApiCaller | null> {
  const caller = await authenticateToken(header);
  if (caller) noteRequestUser(caller.user.id);
  return caller;
}

/** A JSON error the API's clients can read: `{ "error": "…" }` with a Swedish message. */
export function apiError(status: number, message: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // RFC 6750: a 401 names the scheme the client should use.
  if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  return Response.json({ error: message }, { status, headers });
}

/**
 * The caller when they may do the action (their role, and a token's scope on top), else the 401
 * (nobody, or a bad, revoked or expired token) or 403 response to return as it is. `byToken`: the
 * request came with an Authorization header. `tokenId` is null for a session.
 */
export function authorizeCaller(caller: ApiCaller | null, byToken: boolean, action: Action): ApiAuthorization {
  if (!caller) {
    const message = byToken ? messages.tokens.invalidToken : messages.errors.unauthenticated;
    return { response: apiError(401, message) };
  }
  if (!can(caller.user, action)) return { response: apiError(403, messages.errors.forbidden) };
  if (caller.scope && !tokenScopeAllows(caller.scope, action)) {
    return { response: apiError(403, messages.tokens.scopeRefused(messages.tokens.scopes[caller.scope])) };
  }
  return { user: caller.user, tokenId: caller.tokenId };
}

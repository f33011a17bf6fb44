import "server-only";
import { sessionUserInclude, toSessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { TokenScope } from "./policy";
import { hashToken, isLastUsedStale, LAST_USED_RESOLUTION_MS, readBearerToken } from "./token";

export type TokenRow = {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  user: { id: string; email: string; name: string; disabled: boolean };
};

/** The tokens (never their hashes), newest first; of one user when given. */
export async function listTokens(userId?: string): Promise<TokenRow[]> {
  const tokens = await db.personalAccessToken.findMany({
    where: userId ? { userId } : {},
    select: {
      id: true,
      name: true,
      scope: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return tokens.map(({ user: { disabledAt, ...user }, ...token }) => ({ ...token, user: { ...user, disabled: disabledAt !== null } }));
}

/** A token as revoking it is authorized: by whose it is. */
export async function findRevocableToken(id: string): Promise<{ id: string; userId: string } | null> {
  return db.personalAccessToken.findUnique({ where: { id }, select: { id: true, userId: true } });
}

/** Who a token speaks for, and how far: its scope narrows its user's role. */
export type TokenCaller = { user: SessionUser; tokenId: string; scope: TokenScope };

/**
 * The user an `Authorization: Bearer` header speaks for, read fresh like a session's user, or null
 * when the token is malformed, unknown, revoked or expired, or its user is disabled. Records the
 * use at most once a minute, so that a tool polling the API does not write on every request.
 */
export async function authenticateToken(header: string | null | undefined): Promise<TokenCaller | null> {
  const token = readBearerToken(header);
  if (!token) return null;
  const found = await db.personalAccessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { include: sessionUserInclude },
    },
  });
  const now = new Date();
  if (!found || found.revokedAt || found.expiresAt <= now || found.user.disabledAt) return null;
  if (isLastUsedStale(found.lastUsedAt, now)) {
    // Conditional, so that concurrent requests record the use once.
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.personalAccessToken.updateMany({
      where: { id: found.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { user: toSessionUser(found.user), tokenId: found.id, scope: found.scope };
}

import "server-only";
import { sessionUserInclude, toSessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { hashToken, isLastUsedStale, LAST_USED_RESOLUTION_MS, readBearerToken } from "./token";

export type TokenRow = {
  id: string;
  name: string;
  createdAt: Date;
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
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return tokens.map(({ user: { disabledAt, ...user }, ...token }) => ({ ...token, user: { ...user, disabled: disabledAt !== null } }));
}

/**
 * The user an `Authorization: Bearer` header speaks for, read fresh like a session's user, or null
 * when the token is malformed, unknown or revoked, or its user is disabled. Records the use at most
 * once a minute, so that a tool polling the API does not write on every request.
 */
export async function authenticateToken(header: string | null | undefined): Promise<{ user: SessionUser; tokenId: string } | null> {
  const token = readBearerToken(header);
  if (!token) return null;
  const found = await db.personalAccessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { include: sessionUserInclude },
    },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  const now = new Date();
  if (isLastUsedStale(found.lastUsedAt, now)) {
    // Conditional, so that concurrent requests record the use once.
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.personalAccessToken.updateMany({
      where: { id: found.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { user: toSessionUser(found.user), tokenId: found.id };
}

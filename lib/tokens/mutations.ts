import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { sessionUserInclude, toSessionUser } from "@/lib/auth/session-user";
import { messages } from "@/lib/i18n";
import { forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { scopesFor, tokenExpiresAt } from "./policy";
import type { CreateTokenInput } from "./schemas";
import { generateToken, hashToken } from "./token";

const t = messages.tokens;

/** The signed-in user, or null: an operator at the command line, trusted by the server. */
type Actor = SessionUser | null;

/** A token as revoking it needs it: whose it is decides who may. */
export type RevocableToken = { id: string; userId: string };

/** One's own token with token:own, anyone's with token:manage; the operator any. */
export function mayRevokeToken(actor: Actor, token: RevocableToken): boolean {
  if (actor === null) return true;
  return token.userId === actor.id ? can(actor, "token:own") : can(actor, "token:manage");
}

/**
 * Creates a personal access token for a user and returns it: the only time it is ever seen, since
 * only its hash is stored. On the web a user makes tokens only for themselves (an admin included);
 * the operator names the user. The token acts with the user's role and scope as they are at each
 * use, narrowed to its own scope, until its last day.
 */
export async function createToken(
  actor: Actor,
  userId: string,
  input: CreateTokenInput,
): Promise<MutationResult<{ id: string; token: string }>> {
  if (actor !== null && (actor.id !== userId || !can(actor, "token:own"))) return forbidden();
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, include: sessionUserInclude });
    if (!user) return { ok: false, formError: t.unknownUser };
    if (user.disabledAt) return { ok: false, formError: t.userDisabled };
    // The role as stored now, not as the session remembers it.
    if (!scopesFor(toSessionUser(user)).includes(input.scope)) return { ok: false, fieldErrors: { scope: [t.scopeNotAllowed] } };
    const created = await tx.personalAccessToken.create({
      data: { userId, name: input.name, scope: input.scope, tokenHash: hashToken(token), expiresAt: tokenExpiresAt(input.expiresOn) },
    });
    await recordAuditEvent(tx, actor, {
      type: "token.created",
      entityType: "user",
      entityId: userId,
      before: null,
      after: { tokenId: created.id, name: created.name, scope: created.scope, expiresAt: created.expiresAt.toISOString(), revoked: false },
    });
    return { ok: true, value: { id: created.id, token } };
  });
}

/** Revokes a token for good: it stops working at the next request. */
export async function revokeToken(actor: Actor, id: string): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const token = await tx.personalAccessToken.findUnique({
      where: { id },
      select: { id: true, userId: true, name: true, scope: true, expiresAt: true, revokedAt: true },
    });
    if (!token) return { ok: false, formError: t.notFound };
    if (!mayRevokeToken(actor, token)) return forbidden();
    // Conditional on not being revoked yet, so two people revoking at once log one event.
    const { count } = await tx.personalAccessToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return { ok: false, formError: t.alreadyRevoked };
    const snapshot = { tokenId: token.id, name: token.name, scope: token.scope, expiresAt: token.expiresAt.toISOString() };
    await recordAuditEvent(tx, actor, {
      type: "token.revoked",
      entityType: "user",
      entityId: token.userId,
      before: { ...snapshot, revoked: false },
      after: { ...snapshot, revoked: true },
    });
    return { ok: true, value: undefined };
  });
}

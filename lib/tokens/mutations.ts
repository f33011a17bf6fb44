import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { generateToken, hashToken } from "./token";

const t = messages.tokens;

/** An administrator signed in, or null: an operator at the command line, trusted by the server. */
type Manager = SessionUser | null;
const mayManage = (actor: Manager) => actor === null || can(actor, "token:manage");

/**
 * Creates a personal access token for a user and returns it: the only time it is ever seen, since
 * only its hash is stored. The token acts with the user's role and scope as they are at each use.
 */
export async function createToken(actor: Manager, userId: string, name: string): Promise<MutationResult<{ id: string; token: string }>> {
  if (!mayManage(actor)) return forbidden();
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) return { ok: false, fieldErrors: { userId: [t.unknownUser] } };
    if (user.disabledAt) return { ok: false, fieldErrors: { userId: [t.userDisabled] } };
    const created = await tx.personalAccessToken.create({
      data: { userId, name, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    await recordAuditEvent(tx, actor, {
      type: "token.created",
      entityType: "user",
      entityId: userId,
      before: null,
      after: { tokenId: created.id, name: created.name, revoked: false },
    });
    return { ok: true, value: { id: created.id, token } };
  });
}

/** Revokes a token for good: it stops working at the next request. */
export async function revokeToken(actor: Manager, id: string): Promise<MutationResult> {
  if (!mayManage(actor)) return forbidden();
  return db.$transaction(async (tx) => {
    const token = await tx.personalAccessToken.findUnique({
      where: { id },
      select: { id: true, userId: true, name: true, revokedAt: true },
    });
    if (!token) return { ok: false, formError: t.notFound };
    // Conditional on not being revoked yet, so two admins revoking at once log one event.
    const { count } = await tx.personalAccessToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return { ok: false, formError: t.alreadyRevoked };
    const snapshot = { tokenId: token.id, name: token.name };
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

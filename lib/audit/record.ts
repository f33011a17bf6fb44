import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditEventSchema, type AuditEvent } from "./events";

/** Who made a change: a signed-in user, or null for an operator's command or the seed. */
export type Actor = { id: string; email: string } | null;

/**
 * Appends an event to the audit log. Takes the transaction of the change itself, so that the
 * change and its event are written together or not at all.
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, actor: Actor, event: AuditEvent): Promise<void> {
  const parsed = auditEventSchema.parse(event);
  const { type, entityType, entityId, before, after } = parsed;
  await tx.auditEvent.create({
    data: {
      type,
      entityType,
      entityId,
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (after ?? undefined) as Prisma.InputJsonValue | undefined,
      comment: "comment" in parsed ? (parsed.comment ?? null) : null,
    },
  });
}

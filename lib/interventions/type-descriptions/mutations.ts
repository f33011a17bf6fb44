import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import type { InterventionType } from "../codes";
import type { UpdateTypeDescriptionInput } from "./schemas";

/**
 * Saves a type's description from the version its admin read, with its audit event in the same
 * transaction. The row is locked and its version compared, so of two admins saving from the same
 * version the second gets a conflict and overwrites nothing. Version 0 means the type had no
 * description: the row is created, and if another admin created it meanwhile, that is a conflict.
 */
export async function updateInterventionTypeDescription(
  actor: SessionUser,
  target: { type: InterventionType },
  input: UpdateTypeDescriptionInput,
): Promise<MutationResult> {
  if (!can(actor, "intervention-type:describe")) return forbidden();
  const { type } = target;
  const { version, description } = input;
  return db.$transaction(async (tx) => {
    const [stored] = await tx.$queryRaw<{ description: string; version: number }[]>`
      SELECT description, version FROM "InterventionTypeDescription" WHERE type = ${type} FOR UPDATE`;
    if ((stored?.version ?? 0) !== version) return conflict();
    // Saved as it was: no new version, and nothing for the log to tell.
    if ((stored?.description ?? "") === description) return { ok: true, value: undefined };
    if (stored) {
      await tx.interventionTypeDescription.update({
        where: { type },
        data: { description, updatedById: actor.id, version: { increment: 1 } },
      });
    } else {
      // ON CONFLICT DO NOTHING: a row another admin created since the lookup is a conflict, not an error.
      const { count } = await tx.interventionTypeDescription.createMany({
        data: [{ type, description, updatedById: actor.id }],
        skipDuplicates: true,
      });
      if (count === 0) return conflict();
    }
    await recordAuditEvent(tx, actor, {
      type: "intervention_type.description_saved",
      entityType: "intervention_type",
      entityId: type,
      before: stored ? { type, description: stored.description } : null,
      after: { type, description },
    });
    return { ok: true, value: undefined };
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record";
import type { InterventionSnapshot } from "@/lib/audit/events";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import type { CreateInterventionInput, EvaluateInterventionInput, UpdateInterventionInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** A calendar day as the Date Prisma writes to a `@db.Date` column (midnight UTC, never shifted). */
const toDbDate = (day: string) => new Date(`${day}T00:00:00Z`);

async function getInterventionSnapshot(tx: Tx, id: string): Promise<InterventionSnapshot | null> {
  const row = await tx.intervention.findUnique({ where: { id }, include: { scene: { select: { ref: true } } } });
  if (!row) return null;
  const { type, actor, description, effect, evaluation } = row;
  return {
    sceneRef: row.scene.ref,
    type,
    actor,
    startDate: isoDay(row.startDate),
    endDate: row.endDate ? isoDay(row.endDate) : null,
    description,
    effect,
    evaluation,
    evaluatedAt: row.evaluatedAt?.toISOString() ?? null,
  };
}

export async function createIntervention(actor: Actor, input: CreateInterventionInput): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const { startDate, endDate, ...fields } = input;
    const created = await tx.intervention.create({
      data: { ...fields, startDate: toDbDate(startDate), endDate: endDate ? toDbDate(endDate) : null },
    });
    const after = (await getInterventionSnapshot(tx, created.id))!;
    await recordAuditEvent(tx, actor, {
      type: "intervention.created",
      entityType: "intervention",
      entityId: created.id,
      before: null,
      after,
    });
    return { ok: true, value: { id: created.id } };
  });
}

/**
 * Applies a change from the version its author saw, and audits it. The update itself names that
 * version, so a stale one (or a change committed meanwhile) is a conflict that overwrites nothing.
 */
async function changeIntervention(
  actor: Actor,
  input: { id: string; version: number },
  type: "intervention.updated" | "intervention.evaluated",
  data: Prisma.InterventionUpdateManyMutationInput,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const before = await getInterventionSnapshot(tx, input.id);
    if (!before) return { ok: false, formError: messages.interventions.unknownIntervention };
    const { count } = await tx.intervention.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, conflict: true, formError: messages.form.conflict };
    const after = (await getInterventionSnapshot(tx, input.id))!;
    await recordAuditEvent(tx, actor, { type, entityType: "intervention", entityId: input.id, before, after });
    return { ok: true, value: undefined };
  });
}

export function updateIntervention(actor: Actor, input: UpdateInterventionInput): Promise<MutationResult> {
  const { id, version, startDate, endDate, ...fields } = input;
  return changeIntervention(actor, { id, version }, "intervention.updated", {
    ...fields,
    startDate: toDbDate(startDate),
    endDate: endDate ? toDbDate(endDate) : null,
  });
}

/** Records the judged effect; a later evaluation replaces it (the log keeps the earlier one). */
export function evaluateIntervention(actor: Actor, input: EvaluateInterventionInput): Promise<MutationResult> {
  const { id, version, effect, evaluation } = input;
  return changeIntervention(actor, { id, version }, "intervention.evaluated", { effect, evaluation, evaluatedAt: new Date() });
}

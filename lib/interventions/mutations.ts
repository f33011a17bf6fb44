import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import type { InterventionSnapshot } from "@/lib/audit/intervention-events";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { lockSceneInScope, sceneScopeSql } from "@/lib/scenes/scope";
import type { CreateInterventionInput, EvaluateInterventionInput, UpdateInterventionInput } from "./schemas";
import { toIsoDay } from "@/lib/days";

type Tx = Prisma.TransactionClient;

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
    startDate: toIsoDay(row.startDate),
    endDate: row.endDate ? toIsoDay(row.endDate) : null,
    description,
    effect,
    evaluation,
    evaluatedAt: row.evaluatedAt?.toISOString() ?? null,
  };
}

/** The scene is locked in the actor's scope and the permission checked again on it. */
export async function createIntervention(
  actor: SessionUser,
  scene: { id: string },
  input: CreateInterventionInput,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const locked = await lockSceneInScope(tx, actor, scene.id);
    if (!locked || !can(actor, "intervention:edit", locked)) return forbidden();
    const { type, actor: responsible, description, startDate, endDate } = input;
    const created = await tx.intervention.create({
      data: {
        type,
        actor: responsible,
        description,
        sceneId: locked.id,
        startDate: toDbDate(startDate),
        endDate: endDate ? toDbDate(endDate) : null,
      },
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

/** Locks an intervention if its scene lies in the user's scope, with where that scene lies now. */
async function lockInterventionInScope(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx.$queryRaw<{ id: string; version: number; municipalityCode: string; policeAreaId: string }[]>`
    SELECT i.id, i.version, s."municipalityCode", s."policeAreaId"
    FROM "Intervention" i JOIN "Scene" s ON s.id = i."sceneId"
    WHERE i.id = ${id} AND ${sceneScopeSql(user)}
    FOR UPDATE OF i`;
  return row ?? null;
}

/**
 * Applies a change from the version its author saw, and audits it. The row is locked in the
 * actor's scope and the permission checked again on it; the update itself names the version, so a
 * stale one is a conflict that overwrites nothing.
 */
async function changeIntervention(
  actor: SessionUser,
  intervention: { id: string; version: number },
  type: "intervention.updated" | "intervention.evaluated",
  data: Prisma.InterventionUpdateManyMutationInput,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const locked = await lockInterventionInScope(tx, actor, intervention.id);
    if (!locked || !can(actor, "intervention:edit", locked)) return forbidden();
    if (locked.version !== intervention.version) return conflict();
    const before = (await getInterventionSnapshot(tx, locked.id))!;
    const { count } = await tx.intervention.updateMany({
      where: { id: locked.id, version: intervention.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new Error("A locked intervention changed within its own transaction");
    const after = (await getInterventionSnapshot(tx, locked.id))!;
    await recordAuditEvent(tx, actor, { type, entityType: "intervention", entityId: locked.id, before, after });
    return { ok: true, value: undefined };
  });
}

/** `intervention`: the record the action authorized; `input.id` is not trusted for the write. */
export function updateIntervention(
  actor: SessionUser,
  intervention: { id: string },
  input: UpdateInterventionInput,
): Promise<MutationResult> {
  const { version, startDate, endDate, type, actor: responsible, description } = input;
  return changeIntervention(actor, { id: intervention.id, version }, "intervention.updated", {
    type,
    actor: responsible,
    description,
    startDate: toDbDate(startDate),
    endDate: endDate ? toDbDate(endDate) : null,
  });
}

/** Records the judged effect; a later evaluation replaces it (the log keeps the earlier one). */
export function evaluateIntervention(
  actor: SessionUser,
  intervention: { id: string },
  input: EvaluateInterventionInput,
): Promise<MutationResult> {
  const { version, effect, evaluation } = input;
  return changeIntervention(actor, { id: intervention.id, version }, "intervention.evaluated", {
    effect,
    evaluation,
    evaluatedAt: new Date(),
  });
}

import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureQuestionnaire } from "@/lib/assessments/questionnaire/queries";
import { recordAuditEvent } from "@/lib/audit/record";
import type { RoundSnapshot } from "@/lib/audit/events";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { toIsoDay } from "@/lib/days";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { deliverSoon } from "@/lib/notifications/delivery";
import { notifyRoundOpened } from "@/lib/notifications/create";
import type { CloseRoundInput, ExtendRoundInput, OpenRoundInput } from "./schemas";

// Opening, extending and closing a year's round. Each write names the version the admin saw, so
// two admins acting at once cannot silently undo each other, and writes its audit event with it.

const t = messages.rounds;

type StoredRound = { year: number; deadline: Date; closedAt: Date | null };

const snapshot = (round: StoredRound): RoundSnapshot => ({
  year: round.year,
  deadline: toIsoDay(round.deadline),
  closed: round.closedAt !== null,
});

const asDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Opens the year's round; the year's questionnaire must be published (a year nobody prepared
 * copies the latest published one), never a draft an admin is still changing.
 */
export async function openRound(actor: SessionUser, input: OpenRoundInput): Promise<MutationResult<{ year: number }>> {
  if (!can(actor, "round:manage")) return forbidden();
  try {
    const result = await db.$transaction(async (tx): Promise<MutationResult<{ year: number; notified: string[] }>> => {
      if (await tx.assessmentRound.findUnique({ where: { year: input.year } }))
        return { ok: false, fieldErrors: { year: [t.alreadyOpen(input.year)] } };
      if (!(await ensureQuestionnaire(tx, input.year))) return { ok: false, fieldErrors: { year: [t.questionnaireDraft(input.year)] } };
      const round = await tx.assessmentRound.create({
        data: { year: input.year, deadline: asDay(input.deadline), openedById: actor.id },
      });
      await recordRoundEvent(tx, actor, "round.opened", null, round);
      // Everyone who takes part hears of it, in the same transaction: no round without its notice.
      const notified = await notifyRoundOpened(tx, round);
      return { ok: true, value: { year: round.year, notified } };
    });
    if (!result.ok) return result;
    deliverSoon(result.value.notified);
    return { ok: true, value: { year: result.value.year } };
  } catch (error) {
    // Two admins opening the same year at once: the key refuses the second.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { year: [t.alreadyOpen(input.year)] } };
    throw error;
  }
}

/** Moves the deadline of an open round later. */
export async function extendRound(actor: SessionUser, input: ExtendRoundInput): Promise<MutationResult> {
  if (!can(actor, "round:manage")) return forbidden();
  return db.$transaction(async (tx) => {
    const before = await tx.assessmentRound.findUnique({ where: { year: input.year } });
    if (!before) return forbidden();
    if (before.closedAt) return { ok: false, formError: t.alreadyClosed };
    if (input.deadline <= toIsoDay(before.deadline)) return { ok: false, fieldErrors: { deadline: [t.deadlineNotLater] } };
    const { count } = await tx.assessmentRound.updateMany({
      where: { year: input.year, version: input.version, closedAt: null },
      data: { deadline: asDay(input.deadline), version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const after = await tx.assessmentRound.findUniqueOrThrow({ where: { year: input.year } });
    await recordRoundEvent(tx, actor, "round.deadline_changed", before, after);
    return { ok: true, value: undefined };
  });
}

/** Closes the round (the year is then complete, whatever is unassessed), or opens it again. */
export async function closeRound(actor: SessionUser, input: CloseRoundInput): Promise<MutationResult> {
  if (!can(actor, "round:manage")) return forbidden();
  const closing = input.intent === "close";
  return db.$transaction(async (tx) => {
    const before = await tx.assessmentRound.findUnique({ where: { year: input.year } });
    if (!before) return forbidden();
    const { count } = await tx.assessmentRound.updateMany({
      where: { year: input.year, version: input.version, closedAt: closing ? null : { not: null } },
      data: closing
        ? { closedAt: new Date(), closedById: actor.id, version: { increment: 1 } }
        : { closedAt: null, closedById: null, version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const after = await tx.assessmentRound.findUniqueOrThrow({ where: { year: input.year } });
    await recordRoundEvent(tx, actor, closing ? "round.closed" : "round.reopened", before, after);
    return { ok: true, value: undefined };
  });
}

async function recordRoundEvent(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  type: "round.opened" | "round.deadline_changed" | "round.closed" | "round.reopened",
  before: StoredRound | null,
  after: StoredRound,
) {
  const entity = { entityType: "round" as const, entityId: String(after.year) };
  const event =
    type === "round.opened"
      ? { type, ...entity, before: null, after: snapshot(after) }
      : { type, ...entity, before: snapshot(before!), after: snapshot(after) };
  await recordAuditEvent(tx, actor, event);
}

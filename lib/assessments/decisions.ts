import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { notifyAssessmentTransition } from "@/lib/notifications/create";
import { deliverSoon } from "@/lib/notifications/delivery";
import { lockAssessmentInScope } from "./lock";
import { getAssessmentSnapshot } from "./snapshot";
import { mayMake, nextStatus } from "./workflow";

// The municipality's decision on a submitted assessment (co-sign or return), and an admin's
// reopening of a co-signed one. Each is a signature record and an audit event, in one transaction.

/** `version`: the one the decider saw. */
export type DecisionInput = { version: number; decision: "cosign" | "return" | "reopen"; comment?: string };

const signatureDecision = { cosign: "COSIGNED", return: "RETURNED", reopen: "REOPENED" } as const;
const eventType = { cosign: "assessment.cosigned", return: "assessment.returned", reopen: "assessment.reopened" } as const;

/** The row is locked in the actor's scope and the transition checked again on it, from the decider's version. */
export async function decideAssessment(actor: SessionUser, assessment: { id: string }, input: DecisionInput): Promise<MutationResult> {
  // A return or a co-signature tells the scene's analysts, in its own transaction; the e-mails go after it.
  let notified: string[] = [];
  const result = await db.$transaction(async (tx): Promise<MutationResult> => {
    const current = await lockAssessmentInScope(tx, actor, assessment.id);
    if (!current || !mayMake(actor, input.decision, current.scene)) return forbidden();
    if (current.version !== input.version) return conflict();
    const status = nextStatus(current.status, input.decision);
    if (!status) return { ok: false, formError: messages.assessmentForm.notInThatState };
    const before = (await getAssessmentSnapshot(tx, current.id))!;
    const { count } = await tx.assessment.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        status,
        version: { increment: 1 },
        cosignedAt: input.decision === "cosign" ? new Date() : input.decision === "reopen" ? null : undefined,
      },
    });
    if (count === 0) throw new Error("A locked assessment changed within its own transaction");
    await tx.assessmentSignature.create({
      data: {
        assessmentId: current.id,
        userId: actor.id,
        userName: actor.name,
        role: actor.role,
        decision: signatureDecision[input.decision],
        comment: input.comment ?? null,
      },
    });
    const after = (await getAssessmentSnapshot(tx, current.id))!;
    const type = eventType[input.decision];
    const common = { entityType: "assessment" as const, entityId: current.id, before, after };
    await recordAuditEvent(tx, actor, type === "assessment.cosigned" ? { type, ...common } : { type, ...common, comment: input.comment });
    if (input.decision !== "reopen") {
      notified = await notifyAssessmentTransition(tx, input.decision, { ...current, sceneRef: after.sceneRef }, actor.id);
    }
    return { ok: true, value: undefined };
  });
  if (result.ok) deliverSoon(notified);
  return result;
}

/** Logs that a user opened an assessment: who read what, when. */
export async function recordAssessmentView(actor: SessionUser, assessmentId: string): Promise<void> {
  await db.$transaction((tx) =>
    recordAuditEvent(tx, actor, { type: "assessment.viewed", entityType: "assessment", entityId: assessmentId, before: null, after: null }),
  );
}

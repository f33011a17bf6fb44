import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/permissions";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { getAssessmentSnapshot } from "./snapshot";
import { nextStatus } from "./workflow";

// The municipality's decision on a submitted assessment (co-sign or return), and an admin's
// reopening of a co-signed one. Each is a signature record and an audit event, in one transaction.

export type DecisionInput = { id: string; version: number; decision: "cosign" | "return" | "reopen"; comment?: string };

const signatureDecision = { cosign: "COSIGNED", return: "RETURNED", reopen: "REOPENED" } as const;
const eventType = { cosign: "assessment.cosigned", return: "assessment.returned", reopen: "assessment.reopened" } as const;

export async function decideAssessment(actor: SessionUser, input: DecisionInput): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.assessment.findUniqueOrThrow({ where: { id: input.id }, select: { status: true, version: true } });
    if (current.version !== input.version) return { ok: false, conflict: true, formError: messages.form.conflict };
    const status = nextStatus(current.status, input.decision);
    if (!status) return { ok: false, formError: messages.assessmentForm.notInThatState };
    const before = (await getAssessmentSnapshot(tx, input.id))!;
    await tx.assessment.update({
      where: { id: input.id },
      data: {
        status,
        version: { increment: 1 },
        cosignedAt: input.decision === "cosign" ? new Date() : input.decision === "reopen" ? null : undefined,
      },
    });
    await tx.assessmentSignature.create({
      data: {
        assessmentId: input.id,
        userId: actor.id,
        userName: actor.name,
        role: actor.role,
        decision: signatureDecision[input.decision],
        comment: input.comment ?? null,
      },
    });
    const after = (await getAssessmentSnapshot(tx, input.id))!;
    const type = eventType[input.decision];
    const common = { entityType: "assessment" as const, entityId: input.id, before, after };
    await recordAuditEvent(tx, actor, type === "assessment.cosigned" ? { type, ...common } : { type, ...common, comment: input.comment });
    return { ok: true, value: undefined };
  });
}

/** Logs that a user opened an assessment: who read what, when. */
export async function recordAssessmentView(actor: SessionUser, assessmentId: string): Promise<void> {
  await db.$transaction((tx) =>
    recordAuditEvent(tx, actor, { type: "assessment.viewed", entityType: "assessment", entityId: assessmentId, before: null, after: null }),
  );
}

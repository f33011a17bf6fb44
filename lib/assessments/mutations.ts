import "server-only";
import type { Polygon } from "geojson";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { checkAttribution, todayInSweden } from "@/lib/scenes/attribution";
import { lockSceneInScope } from "@/lib/scenes/scope";
import { notifyAssessmentTransition } from "@/lib/notifications/create";
import { deliverSoon } from "@/lib/notifications/delivery";
import { lockAssessmentInScope, type LockedAssessment } from "./lock";
import { getPreviousFinalAssessment } from "./queries";
import type { Answers } from "./questionnaire/definition";
import { ensureQuestionnaire } from "./questionnaire/queries";
import { getAssessmentSnapshot } from "./snapshot";
import { getLastAssessableYear } from "@/lib/rounds/queries";
import { isFollowedIn, mayMake, nextStatus } from "./workflow";

const json = (value: unknown) => value as Prisma.InputJsonObject;

/** The columns the statistics count by, copied from the answers on every save. */
function countedColumns(answers: Answers) {
  const pick = (code: string) => (typeof answers[code] === "string" ? (answers[code] as string) : null);
  return {
    isOpenDrugScene: typeof answers.is_open_drug_scene === "boolean" ? answers.is_open_drug_scene : null,
    development: pick("development"),
    mainSubstance: pick("main_substance"),
  };
}

/**
 * Starts the year's assessment of a scene as a draft, from last year's final answers and extent
 * (the form then shows what changed). Returns the existing one when it was already started.
 */
export async function startAssessment(actor: SessionUser, scene: { id: string }, year: number): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const current = await lockSceneInScope(tx, actor, scene.id);
    if (!current || !can(actor, "assessment:edit", current) || !isFollowedIn(current, year, await getLastAssessableYear(tx)))
      return forbidden();
    const existing = await tx.assessment.findUnique({ where: { sceneId_year: { sceneId: scene.id, year } }, select: { id: true } });
    if (existing) return { ok: true, value: existing };
    // A year whose questionnaire is still a draft is not assessed until it is published.
    if (!(await ensureQuestionnaire(tx, year))) return { ok: false, formError: messages.assessmentForm.questionnaireNotPublished(year) };
    const stored = await tx.scene.findUniqueOrThrow({ where: { id: scene.id } });
    const previous = await getPreviousFinalAssessment(scene.id, year, tx);
    const answers = previous?.answers ?? {};
    const created = await tx.assessment.create({
      data: {
        sceneId: scene.id,
        year,
        answers: json(answers),
        ...countedColumns(answers),
        extent: json(previous?.extent ?? stored.extent ?? undefined),
        areaM2: previous?.areaM2 ?? stored.areaM2,
        municipalityCode: stored.municipalityCode,
        policeAreaId: stored.policeAreaId,
        districtId: stored.districtId,
      },
    });
    const after = (await getAssessmentSnapshot(tx, created.id))!;
    await recordAuditEvent(tx, actor, { type: "assessment.created", entityType: "assessment", entityId: created.id, before: null, after });
    return { ok: true, value: { id: created.id } };
  });
}

export type SaveAssessmentInput = {
  /** The version the author saw. */
  version: number;
  intent: "save" | "submit";
  answers: Answers;
  extent: { polygon: Polygon; areaM2: number } | null;
  municipalityCode: string;
  policeAreaId: string;
  districtId: string | null;
};

/**
 * The scene's point, when this year's assessment states a place other than the scene's: today's
 * boundaries say nothing about an earlier year (districts merged in 2020 and 2023, LPOs changed in
 * 2025), which keeps what was recorded then; and the scene's own place was checked when the scene
 * was saved (or kept by an admin with a reason, in the audit log).
 */
function pointToCheck(current: LockedAssessment, input: SaveAssessmentInput) {
  const { scene } = current;
  if (current.year !== Number(todayInSweden().slice(0, 4))) return undefined;
  const sameAsScene =
    input.municipalityCode === scene.municipalityCode && input.policeAreaId === scene.policeAreaId && input.districtId === scene.districtId;
  return sameAsScene ? undefined : { lat: scene.lat, lng: scene.lng };
}

/**
 * Saves a draft or returned assessment, or submits it, from the version its author saw. The row
 * is locked in the actor's scope and the transition checked again on it; a stale version is a
 * conflict, and the update itself names the version.
 */
export async function saveAssessment(actor: SessionUser, assessment: { id: string }, input: SaveAssessmentInput): Promise<MutationResult> {
  // A submission tells the municipality's representatives, in its own transaction; the e-mails go after it.
  let notified: string[] = [];
  const result = await db.$transaction(async (tx): Promise<MutationResult> => {
    const current = await lockAssessmentInScope(tx, actor, assessment.id);
    if (!current || !mayMake(actor, input.intent, current.scene)) return forbidden();
    if (current.version !== input.version) return conflict();
    const status = nextStatus(current.status, input.intent);
    if (!status) return { ok: false, formError: messages.assessmentForm.notEditable };
    // The LPO must have covered the place that year: statistics for a year use its attribution.
    const checked = await checkAttribution(tx, input, `${current.year}-12-31`, { point: pointToCheck(current, input) });
    if (!checked.ok) return { ok: false, fieldErrors: checked.fieldErrors };

    const before = (await getAssessmentSnapshot(tx, current.id))!;
    const submitting = input.intent === "submit";
    const { count } = await tx.assessment.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        status,
        answers: json(input.answers),
        ...countedColumns(input.answers),
        extent: input.extent ? json(input.extent.polygon) : Prisma.DbNull,
        areaM2: input.extent?.areaM2 ?? null,
        municipalityCode: input.municipalityCode,
        policeAreaId: input.policeAreaId,
        districtId: input.districtId,
        version: { increment: 1 },
        ...(submitting ? { submittedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new Error("A locked assessment changed within its own transaction");
    if (submitting) {
      await tx.assessmentSignature.create({
        data: { assessmentId: current.id, userId: actor.id, userName: actor.name, role: actor.role, decision: "SUBMITTED" },
      });
    }
    const after = (await getAssessmentSnapshot(tx, current.id))!;
    await recordAuditEvent(tx, actor, {
      type: submitting ? "assessment.submitted" : "assessment.saved",
      entityType: "assessment",
      entityId: current.id,
      before,
      after,
    });
    if (submitting) notified = await notifyAssessmentTransition(tx, "submit", { ...current, sceneRef: after.sceneRef }, actor.id);
    return { ok: true, value: undefined };
  });
  if (result.ok) deliverSoon(notified);
  return result;
}

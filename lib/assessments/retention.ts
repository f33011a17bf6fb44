import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { todayInSweden } from "@/lib/days";
import { questionnaireSchema } from "./questionnaire/definition";
import {
  COMMENTED_DECISIONS,
  eventWithoutFreeText,
  getClosedSince,
  getRetentionCutoff,
  listFreeTextCodes,
  withoutFreeText,
  type LoggedEvent,
} from "./retention-rules";

// The retention of free text (`npm run retention`, docs/decisions/0017): once a scene has been
// closed, merged or split for the retention period, the free text of its assessments is cleared —
// the text answers, the comments of decisions on them, and the copies the audit log keeps of
// both. One transaction per assessment, with its own audit event; a second run finds nothing.

type Client = Prisma.TransactionClient;

const ENDINGS = ["scene.closed", "scene.merged", "scene.split"];

/** What is (or would be) cleared from one assessment: counts and question codes, never the text. */
export type FreeTextClearing = {
  assessmentId: string;
  sceneRef: string;
  year: number;
  closedSince: Date;
  questions: string[];
  signatureComments: number;
  auditEvents: number;
};

type Plan = FreeTextClearing & { answers: Prisma.InputJsonObject; events: (LoggedEvent & { id: bigint })[] };

/** The free-text question codes of every year's questionnaire. */
async function listFreeTextCodesByYear(client: Client): Promise<Map<number, string[]>> {
  const versions = await client.questionnaireVersion.findMany({ select: { year: true, definition: true } });
  return new Map(versions.map((v) => [v.year, listFreeTextCodes(questionnaireSchema.parse(v.definition))]));
}

/** When each ended scene among `where` stopped being followed (getClosedSince). */
async function listClosedSince(client: Client, where: Prisma.SceneWhereInput): Promise<Map<string, Date>> {
  const scenes = await client.scene.findMany({ where: { ...where, status: { not: "ACTIVE" } }, select: { id: true, lastYear: true } });
  if (!scenes.length) return new Map();
  const closings = await client.auditEvent.groupBy({
    by: ["entityId"],
    where: { entityType: "scene", type: { in: ENDINGS }, entityId: { in: scenes.map((s) => s.id) } },
    _max: { at: true },
  });
  const lastClosing = new Map(closings.map((c) => [c.entityId, c._max.at]));
  // Every ended scene has its last year (closing, merging and splitting set it); one without is skipped.
  return new Map(scenes.flatMap((s) => (s.lastYear === null ? [] : [[s.id, getClosedSince(s.lastYear, lastClosing.get(s.id) ?? null)]])));
}

/**
 * The assessments of the given scenes that may still hold free text, found in SQL with every
 * year's free-text codes together; planClearing then checks each against its own year's.
 */
async function listCandidates(client: Client, sceneIds: string[], codes: string[]): Promise<{ id: string; sceneId: string }[]> {
  if (!sceneIds.length) return [];
  return client.$queryRaw<{ id: string; sceneId: string }[]>`
    SELECT a.id, a."sceneId" FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
    WHERE a."sceneId" IN (${Prisma.join(sceneIds)}) AND (
      jsonb_exists_any(a.answers, ${codes}::text[])
      OR EXISTS (SELECT 1 FROM "AssessmentSignature" g WHERE g."assessmentId" = a.id AND g.comment IS NOT NULL)
      OR EXISTS (
        SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'assessment' AND e."entityId" = a.id AND (
          (e.comment IS NOT NULL AND e.type IN (${Prisma.join(COMMENTED_DECISIONS)}))
          OR jsonb_exists_any(e.before -> 'answers', ${codes}::text[])
          OR jsonb_exists_any(e.after -> 'answers', ${codes}::text[]))))
    ORDER BY s.number, a.year`;
}

/** What clearing one assessment's free text would change; null when it holds none. */
async function planClearing(client: Client, id: string, codesByYear: Map<number, string[]>, closedSince: Date): Promise<Plan | null> {
  const a = await client.assessment.findUniqueOrThrow({
    where: { id },
    select: { year: true, answers: true, scene: { select: { ref: true } } },
  });
  const codes = codesByYear.get(a.year) ?? [];
  const answers = withoutFreeText(a.answers as Prisma.JsonObject, codes);
  const signatureComments = await client.assessmentSignature.count({ where: { assessmentId: id, comment: { not: null } } });
  const logged = await client.auditEvent.findMany({
    where: { entityType: "assessment", entityId: id },
    select: { id: true, type: true, before: true, after: true, comment: true },
    orderBy: { id: "asc" },
  });
  const events = logged.flatMap((e) => {
    const cleared = eventWithoutFreeText(e, codes);
    return cleared ? [{ ...cleared, id: e.id }] : [];
  });
  if (!answers.cleared.length && !signatureComments && !events.length) return null;
  return {
    assessmentId: id,
    sceneRef: a.scene.ref,
    year: a.year,
    closedSince,
    questions: answers.cleared,
    signatureComments,
    auditEvents: events.length,
    answers: answers.answers as Prisma.InputJsonObject,
    events,
  };
}

const summary = ({ assessmentId, sceneRef, year, closedSince, questions, signatureComments, auditEvents }: Plan): FreeTextClearing => ({
  assessmentId,
  sceneRef,
  year,
  closedSince,
  questions,
  signatureComments,
  auditEvents,
});

async function listExpiredCandidates(now: Date, years: number) {
  const cutoff = getRetentionCutoff(now, years);
  const closedSince = new Map([...(await listClosedSince(db, {}))].filter(([, since]) => since < cutoff));
  const codesByYear = await listFreeTextCodesByYear(db);
  const codes = [...new Set([...codesByYear.values()].flat())];
  const candidates = await listCandidates(db, [...closedSince.keys()], codes);
  return { cutoff, codesByYear, candidates: candidates.map((c) => ({ ...c, closedSince: closedSince.get(c.sceneId)! })) };
}

/** The dry run: what a run now would clear, per assessment, changing nothing. */
export async function listExpiredFreeText(now: Date, years: number): Promise<FreeTextClearing[]> {
  const { codesByYear, candidates } = await listExpiredCandidates(now, years);
  const plans = [];
  for (const c of candidates) plans.push(await planClearing(db, c.id, codesByYear, c.closedSince));
  return plans.filter((p) => p !== null).map(summary);
}

type Run = { cutoff: Date; years: number; codesByYear: Map<number, string[]> };

const json = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** Clears one assessment's free text with its audit event, after checking again under lock that its scene is still ended long enough. */
async function clearAssessment(tx: Client, { id, sceneId }: { id: string; sceneId: string }, run: Run) {
  // The scene first, then its assessment: the order every write of the app takes them in.
  await tx.$queryRaw`SELECT id FROM "Scene" WHERE id = ${sceneId} FOR UPDATE`;
  const closedSince = (await listClosedSince(tx, { id: sceneId })).get(sceneId);
  if (!closedSince || closedSince >= run.cutoff) return null;
  await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${id} FOR UPDATE`;
  const plan = await planClearing(tx, id, run.codesByYear, closedSince);
  if (!plan) return null;
  // The version moves on, so that a form still open on the old answers cannot write the text back.
  if (plan.questions.length) await tx.assessment.update({ where: { id }, data: { answers: plan.answers, version: { increment: 1 } } });
  if (plan.signatureComments)
    await tx.assessmentSignature.updateMany({ where: { assessmentId: id, comment: { not: null } }, data: { comment: null } });
  for (const e of plan.events) {
    await tx.auditEvent.update({ where: { id: e.id }, data: { before: json(e.before), after: json(e.after), comment: e.comment } });
  }
  const { sceneRef, year, questions, signatureComments, auditEvents } = plan;
  const after = {
    sceneRef,
    year,
    questions,
    signatureComments,
    auditEvents,
    retentionYears: run.years,
    closedSince: todayInSweden(closedSince),
  };
  await recordAuditEvent(tx, null, { type: "assessment.free_text_cleared", entityType: "assessment", entityId: id, before: null, after });
  return summary(plan);
}

/** The run with --apply: clears what the dry run lists, one transaction and one audit event per assessment. */
export async function clearExpiredFreeText(now: Date, years: number): Promise<FreeTextClearing[]> {
  const { cutoff, codesByYear, candidates } = await listExpiredCandidates(now, years);
  const cleared: FreeTextClearing[] = [];
  for (const c of candidates) {
    const done = await db.$transaction((tx) => clearAssessment(tx, c, { cutoff, years, codesByYear }));
    if (done) cleared.push(done);
  }
  return cleared;
}

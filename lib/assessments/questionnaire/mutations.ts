import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionnaireSnapshot } from "@/lib/audit/events";
import { isEqualJson } from "@/lib/audit/diff";
import { recordAuditEvent } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { forbidden, type MutationFailure, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { questionnaireSchema, type Questionnaire } from "./definition";
import { applyEdit, type QuestionnaireEdit } from "./edit";
import { getLatestPublishedBefore, listEarlierVersions } from "./queries";
import { questionnaireVersion1 } from "./version-1";
import { listPreparableYears } from "./years";

// Preparing, changing and publishing a year's questionnaire. Every write locks the version row
// first and checks again, in its transaction: the actor is an admin, the version is the one the
// admin saw, and no assessment of the year exists. `FOR UPDATE` waits for any transaction that is
// inserting an assessment of the year (its foreign key holds `FOR KEY SHARE` on this row), so a
// version is never changed under an assessment begun at the same moment.

const t = messages.questionnaires;

type Tx = Prisma.TransactionClient;
type Locked = { year: number; definition: unknown; version: number; publishedAt: Date | null };

const mayManage = (actor: SessionUser) => can(actor, "questionnaire:manage");
/** The version changed since the admin read it: nothing of theirs is written. */
const stale = (): MutationFailure => ({ ok: false, conflict: true, formError: t.stale });
const json = (definition: Questionnaire) => definition as unknown as Prisma.InputJsonObject;

async function lockVersion(tx: Tx, year: number): Promise<Locked | null> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT year, definition, version, "publishedAt" FROM "QuestionnaireVersion" WHERE year = ${year} FOR UPDATE`;
  return row ?? null;
}

const snapshot = (year: number, published: boolean, definition: unknown): QuestionnaireSnapshot => ({ year, published, definition });

/** Creates next year's draft as a copy of the latest published version. */
export async function prepareQuestionnaire(actor: SessionUser, year: number): Promise<MutationResult<{ year: number }>> {
  if (!mayManage(actor)) return forbidden();
  const taken = { ok: false as const, formError: t.alreadyExists(year) };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.questionnaireVersion.findMany({ select: { year: true } });
      if (existing.some((v) => v.year === year)) return taken;
      if (!listPreparableYears(existing.map((v) => v.year)).includes(year)) return { ok: false, formError: t.yearNotPreparable };
      const latest = await getLatestPublishedBefore(tx, year);
      const definition = questionnaireSchema.parse({ ...(latest ?? questionnaireVersion1(year)), year });
      await tx.questionnaireVersion.create({ data: { year, definition: json(definition) } });
      await recordAuditEvent(tx, actor, {
        type: "questionnaire.prepared",
        entityType: "questionnaire",
        entityId: String(year),
        before: null,
        after: { ...snapshot(year, false, definition), copiedFrom: latest?.year ?? null },
      });
      return { ok: true, value: { year } };
    });
  } catch (error) {
    // Two admins preparing the same year at once: the key refuses the second.
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}

/** The version locked, checked as the admin saw it and not yet used; or why it cannot change. */
async function lockEditable(
  tx: Tx,
  year: number,
  version: number,
): Promise<{ ok: true; row: Locked } | { ok: false; failure: MutationFailure }> {
  const row = await lockVersion(tx, year);
  if (!row) return { ok: false, failure: { ok: false, formError: t.notFound } };
  if (row.version !== version) return { ok: false, failure: stale() };
  if ((await tx.assessment.count({ where: { year } })) > 0) return { ok: false, failure: { ok: false, formError: t.frozen(year) } };
  return { ok: true, row };
}

/** Applies one edit to the year's version, from the version the admin saw; "unchanged" writes nothing. */
export async function editQuestionnaire(
  actor: SessionUser,
  target: { year: number },
  version: number,
  edit: QuestionnaireEdit,
): Promise<MutationResult<"saved" | "unchanged">> {
  if (!mayManage(actor)) return forbidden();
  return db.$transaction(async (tx) => {
    const locked = await lockEditable(tx, target.year, version);
    if (!locked.ok) return locked.failure;
    const { row } = locked;
    const current = questionnaireSchema.parse(row.definition);
    const result = applyEdit(current, edit, await listEarlierVersions(tx, row.year));
    if (!result.ok) return result;
    if (isEqualJson(result.questionnaire, current)) return { ok: true, value: "unchanged" };
    const { count } = await tx.questionnaireVersion.updateMany({
      where: { year: row.year, version },
      data: { definition: json(result.questionnaire), version: { increment: 1 } },
    });
    if (count === 0) throw new Error("A locked questionnaire version changed within its own transaction");
    const published = row.publishedAt !== null;
    await recordAuditEvent(tx, actor, {
      type: "questionnaire.changed",
      entityType: "questionnaire",
      entityId: String(row.year),
      before: snapshot(row.year, published, current),
      after: snapshot(row.year, published, result.questionnaire),
    });
    return { ok: true, value: "saved" };
  });
}

/** Publishes a draft: from then on analysts' forms, the exports and the import use it. */
export async function publishQuestionnaire(actor: SessionUser, target: { year: number }, version: number): Promise<MutationResult> {
  if (!mayManage(actor)) return forbidden();
  return db.$transaction(async (tx) => {
    const row = await lockVersion(tx, target.year);
    if (!row) return { ok: false, formError: t.notFound };
    if (row.version !== version) return stale();
    if (row.publishedAt) return { ok: false, formError: t.alreadyPublished };
    const definition = questionnaireSchema.parse(row.definition);
    const { count } = await tx.questionnaireVersion.updateMany({
      where: { year: row.year, version },
      data: { publishedAt: new Date(), publishedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new Error("A locked questionnaire version changed within its own transaction");
    await recordAuditEvent(tx, actor, {
      type: "questionnaire.published",
      entityType: "questionnaire",
      entityId: String(row.year),
      before: snapshot(row.year, false, definition),
      after: snapshot(row.year, true, definition),
    });
    return { ok: true, value: undefined };
  });
}

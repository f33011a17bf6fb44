import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionHistory } from "./codes";
import { questionnaireSchema, type Questionnaire } from "./definition";

// A year's questionnaire is a draft while an administrator prepares it and published from then
// on; once an assessment of the year exists it is frozen (docs/decisions/0012-questionnaire-versions.md).
// Analysts' forms, the exports and the import only ever see a published version.

type Client = Prisma.TransactionClient;

export type QuestionnaireState = "draft" | "published" | "frozen";

const stateOf = (publishedAt: Date | null, assessments: number): QuestionnaireState =>
  publishedAt === null ? "draft" : assessments > 0 ? "frozen" : "published";

/** The published questionnaire of a year, validated; null when the year has none, or only a draft. */
export async function getQuestionnaire(year: number, client: Client = db): Promise<Questionnaire | null> {
  const version = await client.questionnaireVersion.findUnique({ where: { year } });
  return version?.publishedAt ? questionnaireSchema.parse(version.definition) : null;
}

/** A year's version in any state, for the administrator's pages; null when there is none. */
export async function getQuestionnaireVersion(year: number) {
  const row = await db.questionnaireVersion.findUnique({ where: { year }, include: { _count: { select: { assessments: true } } } });
  if (!row) return null;
  const publisher = row.publishedById ? await db.user.findUnique({ where: { id: row.publishedById }, select: { name: true } }) : null;
  return {
    year: row.year,
    version: row.version,
    definition: questionnaireSchema.parse(row.definition),
    publishedAt: row.publishedAt,
    publishedBy: publisher?.name ?? null,
    assessments: row._count.assessments,
    state: stateOf(row.publishedAt, row._count.assessments),
  };
}

export type QuestionnaireVersionDetail = NonNullable<Awaited<ReturnType<typeof getQuestionnaireVersion>>>;

/** Every year's version, newest first, with its state and size. */
export async function listQuestionnaireVersions() {
  const rows = await db.questionnaireVersion.findMany({
    orderBy: { year: "desc" },
    include: { _count: { select: { assessments: true } } },
  });
  return rows.map((row) => {
    const definition = questionnaireSchema.parse(row.definition);
    return {
      year: row.year,
      state: stateOf(row.publishedAt, row._count.assessments),
      questions: definition.sections.reduce((n, s) => n + s.questions.length, 0),
    };
  });
}

/** The years that have a version, newest first. */
export async function listQuestionnaireYears(): Promise<number[]> {
  const rows = await db.questionnaireVersion.findMany({ select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((row) => row.year);
}

/** The versions of the years before `year`, newest first: what new codes are checked against. */
export async function listEarlierVersions(client: Client, year: number): Promise<VersionHistory> {
  const rows = await client.questionnaireVersion.findMany({ where: { year: { lt: year } }, orderBy: { year: "desc" } });
  return rows.map((row) => ({ year: row.year, questionnaire: questionnaireSchema.parse(row.definition) }));
}

/** The latest published version before `year`: what a new year's version starts from. */
export async function getLatestPublishedBefore(client: Client, year: number): Promise<Questionnaire | null> {
  const latest = await client.questionnaireVersion.findFirst({
    where: { year: { lt: year }, publishedAt: { not: null } },
    orderBy: { year: "desc" },
  });
  return latest ? questionnaireSchema.parse(latest.definition) : null;
}

/**
 * The questionnaire an assessment of the year is made with. A year nobody prepared starts as a copy
 * of the latest published version, published at once (there was nothing to prepare). A year that
 * has only a draft gets null: an analyst's form never uses a draft.
 */
export async function ensureQuestionnaire(tx: Client, year: number): Promise<Questionnaire | null> {
  const stored = await tx.questionnaireVersion.findUnique({ where: { year } });
  if (stored) return stored.publishedAt ? questionnaireSchema.parse(stored.definition) : null;
  const latest = await getLatestPublishedBefore(tx, year);
  if (!latest) throw new Error(`No published questionnaire exists for ${year} or any earlier year`);
  const definition = questionnaireSchema.parse({ ...latest, year });
  await tx.questionnaireVersion.create({
    data: { year, definition: definition as unknown as Prisma.InputJsonObject, publishedAt: new Date() },
  });
  return definition;
}

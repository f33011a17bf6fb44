import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionnaireSchema, type Questionnaire } from "./definition";

/** The questionnaire of a year, validated; null when no version exists for that year. */
export async function getQuestionnaire(year: number, client: Prisma.TransactionClient = db): Promise<Questionnaire | null> {
  const version = await client.questionnaireVersion.findUnique({ where: { year } });
  return version ? questionnaireSchema.parse(version.definition) : null;
}

/**
 * Makes sure a year has a questionnaire: a new year starts as a copy of the latest earlier
 * version, which an administrator can then change before the mapping begins.
 */
export async function ensureQuestionnaire(tx: Prisma.TransactionClient, year: number): Promise<Questionnaire> {
  const existing = await getQuestionnaire(year, tx);
  if (existing) return existing;
  const latest = await tx.questionnaireVersion.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" } });
  if (!latest) throw new Error(`No questionnaire exists for ${year} or any earlier year`);
  const definition = questionnaireSchema.parse({ ...(latest.definition as object), year });
  await tx.questionnaireVersion.create({ data: { year, definition: definition as unknown as Prisma.InputJsonObject } });
  return definition;
}

import { expect } from "vitest";
import { db } from "@/lib/db";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { resetDatabase } from "./helpers";

// What the questionnaire test files share. The seeded versions (2021–this year) are reference data
// that every test file reads: a test that changes them restores them as seeded, and leaves no
// later year behind.

export const YEAR = new Date().getFullYear();
export const NEXT = YEAR + 1;

export async function restoreSeededVersions(): Promise<void> {
  await resetDatabase();
  await db.questionnaireVersion.deleteMany({ where: { year: { gt: YEAR } } });
  const definition = questionnaireSchema.parse(questionnaireVersion1(YEAR)) as object;
  const seeded = { definition, publishedAt: new Date(), publishedById: null, version: 1 };
  await db.questionnaireVersion.upsert({ where: { year: YEAR }, create: { year: YEAR, ...seeded }, update: seeded });
}

/** An action that succeeds redirects, which Next does by throwing: its target. */
export async function redirectOf(action: Promise<unknown>): Promise<string> {
  const error = await action.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest).toMatch(/^NEXT_REDIRECT/);
  return error!.digest!;
}

export const storedVersion = (year = NEXT) => db.questionnaireVersion.findUniqueOrThrow({ where: { year } });

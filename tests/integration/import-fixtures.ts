import { db } from "@/lib/db";
import type { ImportAssessmentInput, ImportSceneInput } from "@/lib/import/format";
import { resetDatabase } from "./helpers";

// What the import test files share: the command line as the source, table counts to prove that
// nothing was written, and small valid scenes to build files from.

export const cli = { user: null, channel: "cli", fileName: "source-figures.json" } as const;

/** Empties the tables, and drops the questionnaires of years before the seeded ones, which only imports create. */
export async function resetImports(): Promise<void> {
  await resetDatabase();
  await db.questionnaireVersion.deleteMany({ where: { year: { lt: 2021 } } });
}

export const clone = <T>(value: T): T => structuredClone(value);

export async function tableCounts() {
  return {
    scenes: await db.scene.count(),
    assessments: await db.assessment.count(),
    signatures: await db.assessmentSignature.count(),
    events: await db.auditEvent.count(),
    questionnaires: await db.questionnaireVersion.count(),
  };
}

/** A small valid scene in Järfälla, for files built in the tests. */
export function jarfallaScene(ref: string, assessments: ImportAssessmentInput[]): ImportSceneInput {
  return { ref, name: "Testplats", municipalityCode: "0123", policeArea: "Järfälla", location: { lat: 59.4225, lng: 17.835 }, assessments };
}

export const square = (lat: number, lng: number, half = 0.0005) => ({
  type: "Polygon",
  coordinates: [
    [
      [lng - half, lat - half],
      [lng + half, lat - half],
      [lng + half, lat + half],
      [lng - half, lat + half],
      [lng - half, lat - half],
    ],
  ],
});

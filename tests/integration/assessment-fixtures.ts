import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { seedDemoScenes } from "@/prisma/seed/demo-scenes";
import { createTestUser, formData } from "./helpers";

/** Everyone who could touch an assessment of Rinkeby torg (S-0001: Stockholm, LPO Järva). */
export async function createCast() {
  await seedDemoScenes(db);
  return {
    analyst: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }),
    otherAnalyst: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }),
    rep: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }),
    otherRep: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }),
    steering: await createTestUser("STEERING"),
    admin: await createTestUser("ADMIN"),
  } satisfies Record<string, SessionUser>;
}

/** This year's assessment of a demo scene (default Rinkeby torg), in the given state, at version 1. */
export async function createAssessmentIn(status: AssessmentStatus, ref = "S-0001", answers: Record<string, string> = {}) {
  const scene = await db.scene.findUniqueOrThrow({ where: { ref } });
  return db.assessment.create({
    data: {
      sceneId: scene.id,
      year: new Date().getFullYear(),
      status,
      answers,
      extent: scene.extent ?? undefined,
      municipalityCode: scene.municipalityCode,
      policeAreaId: scene.policeAreaId,
      districtId: scene.districtId,
    },
  });
}

export const completeAnswers: Record<string, string | string[]> = {
  "q.is_open_drug_scene": "yes",
  "q.development": "unchanged",
  "q.symptoms": ["unsafe", "nuisance"],
  "q.site_description": "Torget vid tunnelbanans uppgång.",
  "q.minors_present": "no",
  "q.criminal_networks": "unknown",
  "q.main_substance": "cannabis",
};

/** The assessment form as posted, for the stored assessment, with the given answers and intent. */
export async function assessmentForm(
  id: string,
  answers: Record<string, string | string[]>,
  intent: "save" | "submit",
  extra: Record<string, string> = {},
) {
  const a = await db.assessment.findUniqueOrThrow({ where: { id } });
  return formData({
    id,
    version: String(a.version),
    intent,
    municipalityCode: a.municipalityCode,
    policeAreaId: a.policeAreaId,
    districtId: a.districtId ?? "",
    extent: a.extent ? JSON.stringify(a.extent) : "",
    ...answers,
    ...extra,
  });
}

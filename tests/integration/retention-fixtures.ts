import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPoliceAreaId } from "./helpers";

// Scenes for the retention of free text (retention.test.ts): each with assessments that hold text
// answers, a return's comment on a signature, and the audit log's copies of both.

export const TEXT = {
  site_description: "Bakom kiosken, där Kalle brukar stå",
  police_notes: "Samma två säljare varje kväll",
  returned: "Namnet på säljaren ska inte stå här",
};

export const CHOICES = { is_open_drug_scene: true, development: "unchanged", symptoms: ["unsafe", "nuisance"], main_substance: "cannabis" };

let number = 100;

type EndedScene = { status: "ACTIVE" | "CLOSED" | "MERGED"; lastYear: number | null; closedAt: Date | null; years: number[] };

/** A scene in Järfälla, ended (or not) as given, with a counted, co-signed assessment each year. */
export async function createSceneWithFreeText({ status, lastYear, closedAt, years }: EndedScene) {
  number += 1;
  const ref = `R-${number}`;
  const policeAreaId = await getPoliceAreaId("Järfälla");
  const place = { municipalityCode: "0123", policeAreaId, districtId: null };
  const scene = await db.scene.create({
    data: { number, ref, name: `Plats ${number}`, ...place, lat: 59.4225, lng: 17.835, firstYear: years[0]!, status, lastYear },
  });
  if (closedAt) {
    const snapshot = { ref, status } as Prisma.InputJsonObject;
    await db.auditEvent.create({ data: { at: closedAt, type: "scene.closed", entityType: "scene", entityId: scene.id, after: snapshot } });
  }
  const answers = { ...CHOICES, site_description: TEXT.site_description, police_notes: TEXT.police_notes };
  for (const year of years) {
    const a = await db.assessment.create({
      data: {
        sceneId: scene.id,
        year,
        status: "COSIGNED",
        answers,
        isOpenDrugScene: true,
        development: "unchanged",
        mainSubstance: "cannabis",
        areaM2: 1200,
        ...place,
      },
    });
    const signer = { userId: "u1", userName: "Anna Analytiker", role: "POLICE_ANALYST" as const };
    await db.assessmentSignature.createMany({
      data: [
        { assessmentId: a.id, ...signer, decision: "RETURNED", comment: TEXT.returned },
        { assessmentId: a.id, ...signer, decision: "COSIGNED", comment: null },
      ],
    });
    const snapshot = { sceneRef: ref, year, status: "SUBMITTED", answers, areaM2: 1200, ...place, extent: null };
    await db.auditEvent.createMany({
      data: [
        { type: "assessment.created", entityType: "assessment", entityId: a.id, after: { ...snapshot, status: "DRAFT" } },
        {
          type: "assessment.returned",
          entityType: "assessment",
          entityId: a.id,
          before: snapshot,
          after: snapshot,
          comment: TEXT.returned,
        },
        { type: "assessment.imported", entityType: "assessment", entityId: a.id, after: snapshot, comment: "Import: fil.csv" },
      ],
    });
  }
  return scene;
}

/** Everything an assessment of the scene holds, and what the log holds of it, to compare before and after. */
export async function readScene(sceneId: string) {
  const assessments = await db.assessment.findMany({
    where: { sceneId },
    orderBy: { year: "asc" },
    select: {
      id: true,
      year: true,
      answers: true,
      isOpenDrugScene: true,
      mainSubstance: true,
      areaM2: true,
      municipalityCode: true,
      signatures: { select: { decision: true, comment: true }, orderBy: { decision: "asc" } },
    },
  });
  const ids = assessments.map((a) => a.id);
  const events = await db.auditEvent.findMany({
    where: { entityType: "assessment", entityId: { in: ids } },
    orderBy: { id: "asc" },
    select: { entityId: true, type: true, before: true, after: true, comment: true },
  });
  return { assessments, events };
}

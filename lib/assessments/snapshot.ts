import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentSnapshot } from "@/lib/audit/events";

/** What the audit log keeps of an assessment before and after a change. */
export async function getAssessmentSnapshot(tx: Prisma.TransactionClient, id: string): Promise<AssessmentSnapshot | null> {
  const a = await tx.assessment.findUnique({ where: { id }, include: { scene: { select: { ref: true } } } });
  if (!a) return null;
  return {
    sceneRef: a.scene.ref,
    year: a.year,
    status: a.status,
    answers: a.answers as Record<string, unknown>,
    extent: a.extent,
    areaM2: a.areaM2,
    municipalityCode: a.municipalityCode,
    policeAreaId: a.policeAreaId,
    districtId: a.districtId,
  };
}

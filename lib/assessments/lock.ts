import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScopeSql } from "@/lib/scenes/scope";
import type { AssessmentStatus } from "./workflow";

/** An assessment as a write re-authorizes it: its state, and where its scene lies now. */
export type LockedAssessment = {
  id: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  scene: { municipalityCode: string; policeAreaId: string; districtId: string | null; lat: number; lng: number };
};

/**
 * Locks an assessment for the rest of the transaction, if its scene lies in the user's scope
 * (else null). Two writers of one assessment queue here: the second reads the first's version.
 */
export async function lockAssessmentInScope(tx: Prisma.TransactionClient, user: SessionUser, id: string): Promise<LockedAssessment | null> {
  const [row] = await tx.$queryRaw<(Omit<LockedAssessment, "scene"> & LockedAssessment["scene"])[]>`
    SELECT a.id, a.year, a.status::text AS status, a.version, s."municipalityCode", s."policeAreaId", s."districtId", s.lat, s.lng
    FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
    WHERE a.id = ${id} AND ${sceneScopeSql(user)}
    FOR UPDATE OF a`;
  if (!row) return null;
  const { municipalityCode, policeAreaId, districtId, lat, lng, ...assessment } = row;
  return { ...assessment, scene: { municipalityCode, policeAreaId, districtId, lat, lng } };
}

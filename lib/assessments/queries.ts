import "server-only";
import type { Polygon } from "geojson";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScope } from "@/lib/scenes/scope";
import type { Answers } from "./questionnaire/definition";
import { FINAL_STATUSES } from "./workflow";

/** Assessments of the scenes the user may see: the scene scope, through the relation. */
export function assessmentScope(user: SessionUser): Prisma.AssessmentWhereInput {
  return { scene: sceneScope(user) };
}

/** One assessment by scene reference and year, or null when missing or out of scope. */
export async function getAssessment(user: SessionUser, sceneRef: string, year: number) {
  const assessment = await db.assessment.findFirst({
    where: { AND: [assessmentScope(user), { year, scene: { ref: sceneRef } }] },
    include: {
      scene: {
        select: { id: true, ref: true, name: true, lat: true, lng: true, municipalityCode: true, policeAreaId: true, status: true },
      },
      municipality: { select: { name: true } },
      policeArea: { select: { name: true } },
      district: { select: { name: true } },
      signatures: { orderBy: { at: "asc" } },
    },
  });
  return assessment ? { ...assessment, answers: assessment.answers as Answers, extent: assessment.extent as Polygon | null } : null;
}

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

/** The latest final assessment before a year: what a new one starts from and is compared with. */
export async function getPreviousFinalAssessment(sceneId: string, year: number, client: Prisma.TransactionClient = db) {
  const previous = await client.assessment.findFirst({
    where: { sceneId, year: { lt: year }, status: { in: [...FINAL_STATUSES] } },
    orderBy: { year: "desc" },
    select: { year: true, answers: true, extent: true, areaM2: true, municipalityCode: true, policeAreaId: true, districtId: true },
  });
  return previous ? { ...previous, answers: previous.answers as Answers, extent: previous.extent as Polygon | null } : null;
}

/** A scene's assessments, newest first, for its page. */
export function listSceneAssessments(sceneId: string) {
  return db.assessment.findMany({
    where: { sceneId },
    select: { id: true, year: true, status: true, isOpenDrugScene: true, development: true, areaM2: true, updatedAt: true },
    orderBy: { year: "desc" },
  });
}

/** Where an assessment's scene lies, and its state: what an action authorizes against. */
export async function getAssessmentArea(user: SessionUser, id: string) {
  return db.assessment.findFirst({
    where: { AND: [assessmentScope(user), { id }] },
    select: {
      id: true,
      year: true,
      status: true,
      scene: { select: { ref: true, lat: true, lng: true, municipalityCode: true, policeAreaId: true } },
    },
  });
}

export type AssessmentArea = NonNullable<Awaited<ReturnType<typeof getAssessmentArea>>>;

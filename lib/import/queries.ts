import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import type { ImportReference } from "./attribution";
import { toIsoDayOrNull } from "@/lib/days";
import { loadAllBoundaries } from "@/lib/areas/point-lookup";

type Tx = Prisma.TransactionClient;

/** The reference data an import is checked against, in a handful of queries whatever the file's size. */
export async function loadImportReference(tx: Tx, refs: string[]): Promise<ImportReference> {
  // One after the other: a transaction runs on one connection, which takes one query at a time.
  const municipalities = await tx.municipality.findMany({ select: { code: true, name: true } });
  const policeAreas = await tx.policeArea.findMany({ select: { id: true, name: true } });
  const districts = await tx.district.findMany({ select: { id: true, name: true, municipalityCode: true } });
  const coverages = await tx.policeAreaCoverage.findMany();
  const questionnaires = await tx.questionnaireVersion.findMany();
  const existing = await tx.scene.findMany({ where: { ref: { in: refs } }, select: { ref: true, status: true } });
  const boundaries = await loadAllBoundaries(tx);
  const published = questionnaires.filter((q) => q.publishedAt);
  // A file names the areas: so do the coverages the rule compares the place with.
  const policeAreaNames = new Map(policeAreas.map((a) => [a.id, a.name]));
  const districtNames = new Map(districts.map((d) => [d.id, d.name]));
  return {
    municipalities: new Map(municipalities.map((m) => [m.code, { name: m.name }])),
    policeAreas: new Map(policeAreas.map((a) => [a.name, a])),
    districts: new Map(districts.map((d) => [d.name, d])),
    coverages: coverages.map((c) => ({
      policeArea: policeAreaNames.get(c.policeAreaId) ?? c.policeAreaId,
      municipalityCode: c.municipalityCode,
      district: c.districtId === null ? null : (districtNames.get(c.districtId) ?? c.districtId),
      validFrom: toIsoDayOrNull(c.validFrom),
      validTo: toIsoDayOrNull(c.validTo),
    })),
    questionnaires: new Map(published.map((q) => [q.year, questionnaireSchema.parse(q.definition)])),
    draftYears: new Set(questionnaires.filter((q) => !q.publishedAt).map((q) => q.year)),
    existingScenes: new Map(existing.map((s) => [s.ref, { status: s.status }])),
    boundaries,
  };
}

/** The scenes of the file already stored, with their assessments: what "unchanged" is decided against. */
export function listExistingScenes(tx: Tx, refs: string[]) {
  return tx.scene.findMany({ where: { ref: { in: refs } }, include: { assessments: true } });
}

export type ExistingScene = Awaited<ReturnType<typeof listExistingScenes>>[number];

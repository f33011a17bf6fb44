import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { answersFor, substances } from "./demo-answers";
import { areaFactor, extentIn } from "./demo-assessments";
import { ref, seedDemoScenes, type DemoScene } from "./demo-scenes";

// Scenes elsewhere in the county, outside the demo accounts' areas: "Vad fungerar" compares scenes
// with an intervention against comparable counted scenes, and needs enough of both (at least five
// each). No demo account works in these areas, so their assessments 2021–2025 came in by the
// bulk import from the police's earlier system, signed as imported; this year's are not started.

const scene = (
  number: number,
  name: string,
  description: string,
  [municipalityCode, policeArea]: [string, string],
  [lat, lng]: [number, number],
  firstYear = 2021,
): DemoScene => ({ number, name, description, municipalityCode, policeArea, lat, lng, size: [110, 80], firstYear });

const SOLNA: [string, string] = ["0184", "Solna"];
const SUNDBYBERG: [string, string] = ["0183", "Solna"];
const HUDDINGE: [string, string] = ["0126", "Huddinge"];
const BOTKYRKA: [string, string] = ["0127", "Botkyrka"];
const SODERTALJE: [string, string] = ["0181", "Södertälje"];
const HANINGE: [string, string] = ["0136", "Haninge/Nynäshamn"];
const UPPLANDS_VASBY: [string, string] = ["0114", "Sollentuna"];

export const countyScenes: DemoScene[] = [
  scene(10, "Solna centrum", "Torget och gångarna mot tunnelbanan.", SOLNA, [59.36, 17.999]),
  scene(11, "Hallonbergen centrum", "Centrumet och uppgången från tunnelbanan.", SUNDBYBERG, [59.3753, 17.9693]),
  scene(12, "Flemingsbergs station", "Gångtunneln under spåren och busstorget.", HUDDINGE, [59.2186, 17.9466]),
  scene(13, "Huddinge centrum", "Stationen och gågatan mot centrumet.", HUDDINGE, [59.2365, 17.9817], 2022),
  scene(14, "Fittja centrum", "Torget vid tunnelbanan.", BOTKYRKA, [59.2474, 17.8612]),
  scene(15, "Alby centrum", "Centrumet och gångstråket mot tunnelbanan.", BOTKYRKA, [59.2393, 17.8452]),
  scene(16, "Hallunda centrum", "Uppgången från tunnelbanan och torget.", BOTKYRKA, [59.2436, 17.8253], 2022),
  scene(17, "Södertälje centrum", "Stora torget och gågatan.", SODERTALJE, [59.1955, 17.6253]),
  scene(18, "Ronna centrum", "Centrumet och parken bakom.", SODERTALJE, [59.2046, 17.6042]),
  scene(19, "Handens station", "Pendeltågsstationen och bussterminalen.", HANINGE, [59.168, 18.1428]),
  scene(20, "Upplands Väsby centrum", "Stationen och centrumets entréer.", UPPLANDS_VASBY, [59.5186, 17.9115], 2022),
];

/** When the earlier system's assessments were imported: during the 2025 round, before its deadline. */
const IMPORTED_AT = new Date("2025-12-01T10:00:00Z");
const IMPORT_COMMENT = "Import: polisens tidigare system (demodata)";
const LAST_IMPORTED_YEAR = 2025;

type StoredScene = Awaited<ReturnType<typeof listStoredScenes>>[number];

function listStoredScenes(db: PrismaClient) {
  return db.scene.findMany({ where: { ref: { in: countyScenes.map((s) => ref(s.number)) } }, orderBy: { number: "asc" } });
}

/** One imported, co-signed assessment, as lib/import/write.ts writes one; answers its id and snapshot. */
async function importAssessment(tx: Prisma.TransactionClient, s: StoredScene, year: number) {
  const answers = answersFor(s.ref, year, s.firstYear, null);
  const data = {
    status: "COSIGNED" as const,
    answers: answers as Prisma.InputJsonObject,
    isOpenDrugScene: true,
    development: answers.development,
    mainSubstance: substances[s.ref] ?? "cannabis",
    extent: extentIn(s.extent, s, year) as Prisma.InputJsonObject,
    areaM2: s.areaM2 === null ? null : Math.round(s.areaM2 * areaFactor(year)),
    municipalityCode: s.municipalityCode,
    policeAreaId: s.policeAreaId,
    districtId: null,
    submittedAt: IMPORTED_AT,
    cosignedAt: IMPORTED_AT,
  };
  const { id } = await tx.assessment.upsert({
    where: { sceneId_year: { sceneId: s.id, year } },
    create: { sceneId: s.id, year, ...data },
    update: data,
    select: { id: true },
  });
  const { status, extent, areaM2, municipalityCode, policeAreaId, districtId } = data;
  return { id, snapshot: { sceneRef: s.ref, year, status, answers, extent, areaM2, municipalityCode, policeAreaId, districtId } };
}

/** The county's other scenes and their imported assessments, after the demo accounts exist. */
export async function seedDemoCountyScenes(db: PrismaClient): Promise<void> {
  await seedDemoScenes(db, countyScenes);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@demo.test" }, select: { id: true, email: true, name: true } });
  const scenes = await listStoredScenes(db);
  const signer = { userId: admin.id, userName: admin.name, role: "ADMIN" as const, imported: true };
  await db.$transaction(
    async (tx) => {
      const imported = [];
      for (const s of scenes) {
        for (let year = s.firstYear; year <= LAST_IMPORTED_YEAR; year++) imported.push(await importAssessment(tx, s, year));
      }
      const ids = imported.map((a) => a.id);
      await tx.assessmentSignature.deleteMany({ where: { assessmentId: { in: ids } } });
      await tx.auditEvent.deleteMany({ where: { entityType: "assessment", entityId: { in: ids } } });
      await tx.assessmentSignature.createMany({
        data: imported.flatMap(({ id }) => [
          { assessmentId: id, ...signer, decision: "SUBMITTED" as const, at: IMPORTED_AT },
          // A millisecond apart, as the import signs them, so that the history lists them in order.
          { assessmentId: id, ...signer, decision: "COSIGNED" as const, at: new Date(IMPORTED_AT.getTime() + 1) },
        ]),
      });
      await tx.auditEvent.createMany({
        data: imported.map(({ id, snapshot }) => ({
          at: IMPORTED_AT,
          actorId: admin.id,
          actorEmail: admin.email,
          type: "assessment.imported",
          entityType: "assessment",
          entityId: id,
          after: snapshot,
          comment: IMPORT_COMMENT,
        })),
      });
    },
    { timeout: 120_000 },
  );
}

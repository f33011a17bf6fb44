import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import type { Random } from "./random";

// The national-scale areas on top of the county's reference data: 264 made-up municipalities
// (codes 2000–2263, outside the county's 01xx), an LPO for every three of them in synthetic police
// districts, the coverage rows that make each LPO a valid attribution, and the questionnaires of
// the benchmark's years that the reference seed does not hold.

export const SYNTHETIC_MUNICIPALITIES = 264;
const FIRST_SYNTHETIC_CODE = 2000;
const MUNICIPALITIES_PER_LPO = 3;
const POLICE_DISTRICTS = 8;

/** Where a scene may be attributed: a municipality, an LPO covering it and, in Stockholm city, a district. */
export type Place = { municipalityCode: string; policeAreaId: string; districtId: string | null; lat: number; lng: number; weight: number };

export async function createSyntheticAreas(db: PrismaClient, random: Random): Promise<void> {
  const districts = Array.from({ length: POLICE_DISTRICTS }, (_, i) => ({ id: `bench_pd_${i}`, name: `Polisområde syntet ${i + 1}` }));
  await db.policeDistrict.createMany({ data: districts });
  const municipalities = Array.from({ length: SYNTHETIC_MUNICIPALITIES }, (_, i) => {
    const code = String(FIRST_SYNTHETIC_CODE + i);
    // Spread over Sweden's latitudes and longitudes, roughly.
    return { code, name: `Kommun ${code}`, centerLat: 55.5 + random.next() * 12, centerLng: 12 + random.next() * 10 };
  });
  await db.municipality.createMany({ data: municipalities });
  const areaCount = Math.ceil(SYNTHETIC_MUNICIPALITIES / MUNICIPALITIES_PER_LPO);
  const areas = Array.from({ length: areaCount }, (_, i) => ({
    id: `bench_lpo_${i}`,
    name: `LPO syntet ${i + 1}`,
    policeDistrictId: districts[i % POLICE_DISTRICTS]!.id,
  }));
  await db.policeArea.createMany({ data: areas });
  const coverages = municipalities.map((m, i) => {
    const area = areas[Math.floor(i / MUNICIPALITIES_PER_LPO)]!;
    return { key: `${area.name}|${m.code}|`, policeAreaId: area.id, municipalityCode: m.code };
  });
  await db.policeAreaCoverage.createMany({ data: coverages });
}

/** The questionnaire of every benchmark year, for the years the reference seed leaves out. */
export async function createMissingQuestionnaires(db: PrismaClient, years: number[]): Promise<void> {
  const data = years.map((year) => ({
    year,
    definition: questionnaireSchema.parse(questionnaireVersion1(year)) as unknown as Prisma.InputJsonObject,
    publishedAt: new Date(),
  }));
  await db.questionnaireVersion.createMany({ data, skipDuplicates: true });
}

/**
 * Every place a scene may be put, read back from the database so that the county's own places
 * come from its real coverage rows: those valid at the end of the last year. Stockholm city is
 * weighted like a large city and the county's other municipalities like mid-sized ones.
 */
export async function listPlaces(db: PrismaClient, lastYear: number): Promise<{ places: Place[]; municipalityCodes: string[] }> {
  const yearEnd = new Date(`${lastYear}-12-31T00:00:00Z`);
  const [municipalities, coverages] = await Promise.all([
    db.municipality.findMany({ select: { code: true, centerLat: true, centerLng: true }, orderBy: { code: "asc" } }),
    db.policeAreaCoverage.findMany({
      where: {
        AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: yearEnd } }] }, { OR: [{ validTo: null }, { validTo: { gte: yearEnd } }] }],
      },
      select: { municipalityCode: true, policeAreaId: true, districtId: true },
      orderBy: { key: "asc" },
    }),
  ]);
  const centers = new Map(municipalities.map((m) => [m.code, m]));
  const places = coverages.map((c): Place => {
    const center = centers.get(c.municipalityCode)!;
    const synthetic = Number(c.municipalityCode) >= FIRST_SYNTHETIC_CODE;
    const weight = synthetic ? 1 : c.districtId ? 2 : 3;
    return { ...c, lat: center.centerLat, lng: center.centerLng, weight };
  });
  const covered = new Set(places.map((p) => p.municipalityCode));
  const missing = municipalities.filter((m) => !covered.has(m.code)).map((m) => m.code);
  if (missing.length) throw new Error(`no LPO covers municipality ${missing.join(", ")} at the end of ${lastYear}`);
  return { places, municipalityCodes: municipalities.map((m) => m.code) };
}

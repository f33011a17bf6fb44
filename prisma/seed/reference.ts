import { intersectValidity, type Validity } from "@/lib/areas/validity";
import { districts, municipalities, policeAreas, policeDistricts, STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1, VERSION_1_YEARS } from "@/lib/assessments/questionnaire/version-1";

const toDate = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

type CoverageRow = { policeArea: string; municipalityCode: string; district?: string; part?: string } & Validity;

/** Every (LPO, municipality, district) pairing with the period in which all three held. */
export function listCoverage(): CoverageRow[] {
  const areaByName = new Map(policeAreas.map((a) => [a.name, a]));
  const rows: CoverageRow[] = [];
  for (const area of policeAreas) {
    for (const m of area.municipalities) {
      const period = intersectValidity(area, m);
      if (period) rows.push({ policeArea: area.name, municipalityCode: m.code, ...period });
    }
  }
  for (const district of districts) {
    for (const cover of district.policeAreas) {
      const area = areaByName.get(cover.name);
      if (!area) throw new Error(`Unknown LPO ${cover.name} in district ${district.name}`);
      const period = intersectValidity(area, district, cover);
      if (!period) continue;
      rows.push({ policeArea: area.name, municipalityCode: STOCKHOLM_CITY, district: district.name, part: cover.part, ...period });
    }
  }
  return rows;
}

/**
 * Upserts the municipalities, police districts, LPOs, districts and what each LPO covers, keyed
 * on official codes and names, and the yearly questionnaires, so that it is safe to run again
 * in any environment.
 */
export async function seedReferenceData(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const m of municipalities) {
        const row = { code: m.code, name: m.name, centerLat: m.centerLat, centerLng: m.centerLng };
        await tx.municipality.upsert({ where: { code: m.code }, create: row, update: row });
      }
      const districtIds = new Map<string, string>();
      for (const name of policeDistricts) {
        const row = await tx.policeDistrict.upsert({ where: { name }, create: { name }, update: {} });
        districtIds.set(name, row.id);
      }
      const areaIds = new Map<string, string>();
      for (const area of policeAreas) {
        const data = {
          policeDistrictId: districtIds.get(area.policeDistrict)!,
          validFrom: toDate(area.validFrom),
          validTo: toDate(area.validTo),
          note: area.note ?? null,
        };
        const row = await tx.policeArea.upsert({ where: { name: area.name }, create: { name: area.name, ...data }, update: data });
        areaIds.set(area.name, row.id);
      }
      const cityDistrictIds = new Map<string, string>();
      for (const d of districts) {
        const data = { municipalityCode: STOCKHOLM_CITY, validFrom: toDate(d.validFrom), validTo: toDate(d.validTo) };
        const row = await tx.district.upsert({ where: { name: d.name }, create: { name: d.name, ...data }, update: data });
        cityDistrictIds.set(d.name, row.id);
      }
      for (const d of districts) {
        const replacedById = d.replacedBy ? cityDistrictIds.get(d.replacedBy)! : null;
        await tx.district.update({ where: { name: d.name }, data: { replacedById } });
      }
      const keys: string[] = [];
      for (const c of listCoverage()) {
        const key = [c.policeArea, c.municipalityCode, c.district ?? ""].join("|");
        keys.push(key);
        const data = {
          policeAreaId: areaIds.get(c.policeArea)!,
          municipalityCode: c.municipalityCode,
          districtId: c.district ? cityDistrictIds.get(c.district)! : null,
          part: c.part ?? null,
          validFrom: toDate(c.validFrom),
          validTo: toDate(c.validTo),
        };
        await tx.policeAreaCoverage.upsert({ where: { key }, create: { key, ...data }, update: data });
      }
      // A pairing removed from the facts must not linger as a valid attribution.
      await tx.policeAreaCoverage.deleteMany({ where: { key: { notIn: keys } } });
      // Questionnaires are created once and never overwritten: an administrator may have edited one.
      for (const year of VERSION_1_YEARS) {
        const definition = questionnaireSchema.parse(questionnaireVersion1(year)) as unknown as Prisma.InputJsonObject;
        await tx.questionnaireVersion.upsert({ where: { year }, create: { year, definition, publishedAt: new Date() }, update: {} });
      }
    },
    { timeout: 60_000 },
  );
}

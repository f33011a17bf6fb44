import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedReferenceData } from "@/prisma/seed";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function coversOn(policeArea: string, municipalityCode: string, district: string | null, iso: string) {
  const date = day(iso);
  const count = await db.policeAreaCoverage.count({
    where: {
      policeArea: { name: policeArea },
      municipalityCode,
      district: district ? { name: district } : null,
      AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: date } }] }, { OR: [{ validTo: null }, { validTo: { gte: date } }] }],
    },
  });
  return count > 0;
}

describe("reference data", () => {
  it("holds the 26 municipalities of Stockholms län with their official codes", async () => {
    const municipalities = await db.municipality.findMany({ orderBy: { code: "asc" } });
    expect(municipalities).toHaveLength(26);
    expect(municipalities[0]).toMatchObject({ code: "0114", name: "Upplands Väsby" });
    expect(municipalities.find((m) => m.code === "0180")).toMatchObject({ name: "Stockholm" });
    expect(municipalities.at(-1)).toMatchObject({ code: "0192", name: "Nynäshamn" });
  });

  it("holds every LPO of the county, current and historical, and not Gotland", async () => {
    const areas = await db.policeArea.findMany({ include: { policeDistrict: true } });
    expect(areas).toHaveLength(19);
    expect(areas.find((a) => a.name === "Gotland")).toBeUndefined();
    expect(areas.find((a) => a.name === "Norrmalm")).toMatchObject({
      validTo: day("2024-12-31"),
      policeDistrict: { name: "Stockholm city" },
    });
    for (const name of ["Lidingö-Kungsholmen", "Norra innerstaden"]) {
      expect(areas.find((a) => a.name === name)?.validFrom).toEqual(day("2025-01-01"));
    }
    expect(
      areas
        .filter((a) => a.policeDistrict.name === "Stockholm city")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Lidingö-Kungsholmen", "Norra innerstaden", "Norrmalm", "Södermalm"]);
  });

  it("holds Stockholm's 11 current districts and the 6 former ones with their successors", async () => {
    const districts = await db.district.findMany({ include: { replacedBy: true } });
    expect(districts.filter((d) => d.validTo === null)).toHaveLength(11);
    const former = districts.filter((d) => d.validTo !== null);
    expect(former.map((d) => [d.name, d.replacedBy?.name]).sort()).toEqual([
      ["Hägersten-Liljeholmen", "Hägersten-Älvsjö"],
      ["Norrmalm", "Norra innerstaden"],
      ["Rinkeby-Kista", "Järva"],
      ["Spånga-Tensta", "Järva"],
      ["Älvsjö", "Hägersten-Älvsjö"],
      ["Östermalm", "Norra innerstaden"],
    ]);
  });

  it("knows which LPO covered which place at which time", async () => {
    expect(await coversOn("Järfälla", "0123", null, "2024-06-01")).toBe(true);
    expect(await coversOn("Järva", "0123", null, "2024-06-01")).toBe(false);
    expect(await coversOn("Järva", "0180", "Järva", "2024-06-01")).toBe(true);
    expect(await coversOn("Järva", "0180", "Rinkeby-Kista", "2022-06-01")).toBe(true);
    expect(await coversOn("Norrmalm", "0180", "Kungsholmen", "2024-06-01")).toBe(true);
    expect(await coversOn("Norrmalm", "0180", "Kungsholmen", "2025-06-01")).toBe(false);
    expect(await coversOn("Lidingö-Kungsholmen", "0180", "Kungsholmen", "2025-06-01")).toBe(true);
    expect(await coversOn("Lidingö-Kungsholmen", "0186", null, "2024-06-01")).toBe(false);
    expect(await coversOn("Farsta", "0180", "Enskede-Årsta-Vantör", "2025-06-01")).toBe(true);
  });

  it("can be seeded again without changing anything", async () => {
    const count = async () =>
      Promise.all([db.municipality.count(), db.policeArea.count(), db.district.count(), db.policeAreaCoverage.count()]);
    const before = await count();
    await seedReferenceData(db);
    expect(await count()).toEqual(before);
  });
});

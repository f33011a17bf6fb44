import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { createTestUser, resetDatabase } from "./helpers";

// Hand-made cases for docs/what-works.md, where the answer is known, shared by what-works.test.ts
// (the figures) and what-works-api.test.ts (the API and the exports). Every scene is an open drug
// scene with a co-signed assessment 2021–2025, so 2025 is the latest complete year; situational
// prevention starts in 2023 at three scenes whose violent crimes fall from 10 to 4 a year.

const everyYear = [2021, 2022, 2023, 2024, 2025];
let number = 0;

type Place = { municipalityCode: string; policeArea: string };
const stockholm: Place = { municipalityCode: "0180", policeArea: "Järva" };
const jarfalla: Place = { municipalityCode: "0123", policeArea: "Järfälla" };

/** A scene counted every year (or until `ceasesIn`), with violent crimes per year and police actions in `policeYears`. */
async function scene(place: Place, violent: Record<number, number>, options: { ceasesIn?: number; policeYears?: number[] } = {}) {
  number += 1;
  const area = await db.policeArea.findUniqueOrThrow({ where: { name: place.policeArea } });
  const districtId = place.municipalityCode === "0180" ? (await db.district.findUniqueOrThrow({ where: { name: "Järva" } })).id : null;
  const s = await db.scene.create({
    data: {
      number,
      ref: `V-${number}`,
      name: `Plats ${number}`,
      municipalityCode: place.municipalityCode,
      policeAreaId: area.id,
      districtId,
      lat: 59.4,
      lng: 17.9,
      firstYear: 2021,
    },
  });
  for (const year of everyYear) {
    const open = options.ceasesIn === undefined || year < options.ceasesIn;
    const answers = { police_actions: options.policeYears?.includes(year) ? ["drug_controls"] : [] };
    await db.assessment.create({
      data: {
        sceneId: s.id,
        year,
        status: "COSIGNED",
        isOpenDrugScene: open,
        answers,
        municipalityCode: s.municipalityCode,
        policeAreaId: area.id,
        districtId,
      },
    });
  }
  await db.sceneIndicator.createMany({
    data: Object.entries(violent).map(([year, value]) => ({
      sceneId: s.id,
      year: Number(year),
      indicator: "violent_crimes",
      value,
      source: "RAR",
    })),
  });
  return s;
}

const falling = { 2021: 10, 2022: 10, 2023: 7, 2024: 4, 2025: 4 };
const steady = { 2021: 10, 2022: 10, 2023: 10, 2024: 10, 2025: 10 };

async function intervention(sceneId: string, type: string, actor: string, start: string, effect: string | null = null) {
  await db.intervention.create({
    data: { sceneId, type, actor, startDate: new Date(`${start}T00:00:00Z`), description: "Insats", effect },
  });
}

/** An empty database with the hand-made cases, and a steering-group member and Järfälla's representative to read them. */
export async function seedWhatWorksCases(): Promise<{ steering: SessionUser; jarfallaRep: SessionUser }> {
  await resetDatabase();
  await db.intervention.deleteMany();
  number = 0;
  const treated = [
    await scene(stockholm, falling, { policeYears: [2024, 2025] }),
    await scene(stockholm, falling),
    await scene(jarfalla, falling, { policeYears: [2021] }),
  ];
  await intervention(treated[0]!.id, "situational_prevention", "municipality", "2023-03-01", "positive");
  await intervention(treated[0]!.id, "police_presence", "police", "2023-04-01", "unclear");
  await intervention(treated[1]!.id, "situational_prevention", "municipality", "2023-05-01", "none");
  await intervention(treated[2]!.id, "situational_prevention", "property_owner", "2023-06-01");
  for (const place of [stockholm, stockholm, jarfalla, jarfalla]) await scene(place, steady);
  // Counted in 2023 and steady, but ceased in 2025: comparable, and one of five that ceased.
  await scene(stockholm, steady, { ceasesIn: 2025 });
  // The same type starting in 2025 at a worsening scene: not comparable for 2023 (within two
  // years), and without two later years its own change is unknown.
  const late = await scene(stockholm, { 2021: 10, 2022: 10, 2023: 15, 2024: 20, 2025: 20 });
  await intervention(late.id, "situational_prevention", "municipality", "2025-02-01", "negative");
  return { steering: await createTestUser("STEERING"), jarfallaRep: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }) };
}

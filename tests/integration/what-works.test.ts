import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { getWhatWorks, listWhatWorksRows } from "@/lib/what-works/queries";
import type { Measure, WhatWorksRow } from "@/lib/what-works/schemas";
import { createTestUser, resetDatabase } from "./helpers";

// Hand-made cases for docs/what-works.md, where the answer is known. Every scene is an open drug
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

let steering: SessionUser;
let jarfallaRep: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  await db.intervention.deleteMany();
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
  steering = await createTestUser("STEERING");
  jarfallaRep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
});

const measure = (row: WhatWorksRow | undefined, code: Measure) => row?.measures.find((m) => m.measure === code);
const rowOf = (rows: WhatWorksRow[], key: string) => rows.find((r) => r.key === key);

describe("what works, by intervention type", () => {
  it("shows violent crimes −6 at the three treated scenes against 0 at comparable ones, with too few scenes", async () => {
    const result = await getWhatWorks(steering, { from: null, to: null });
    const row = rowOf(result.byType, "situational_prevention");
    expect(row).toMatchObject({ interventions: 4, scenes: 4 });
    expect(measure(row, "violent_crimes")).toEqual({
      measure: "violent_crimes",
      treated: { before: 10, after: 4, change: -6, scenes: 3 },
      comparison: { before: 10, after: 10, change: 0, scenes: 5 },
      difference: -6,
      tooFew: true,
    });
    expect(row?.effects).toEqual({ positive: 1, none: 1, negative: 1, unclear: 0, notEvaluated: 1 });
  });

  it("sets police effort beside detected crime: the share of scenes with police actions before and after", async () => {
    const row = rowOf((await getWhatWorks(steering, { from: null, to: null })).byType, "situational_prevention");
    // Before: scene 3 in 2021 (½ of its two years) → (0 + 0 + 0.5) / 3; after: scene 1 both years → 1/3.
    expect(measure(row, "police_actions")?.treated).toEqual({ before: 0.167, after: 0.333, change: 0.167, scenes: 3 });
    expect(measure(row, "police_actions")?.comparison).toMatchObject({ change: 0, scenes: 5 });
    expect(measure(row, "detected_crimes")).toMatchObject({ treated: { change: null, scenes: 0 }, difference: null, tooFew: true });
  });

  it("counts the scenes that had ceased two years later, beside the comparable scenes", async () => {
    const row = rowOf((await getWhatWorks(steering, { from: null, to: null })).byType, "situational_prevention");
    expect(row?.ceased).toEqual({ treated: { share: 0, scenes: 3 }, comparison: { share: 0.2, scenes: 5 }, tooFew: true });
  });

  it("keeps to the start years asked for", async () => {
    const result = await getWhatWorks(steering, { from: 2024, to: null });
    expect(result.byType.map((r) => [r.key, r.interventions])).toEqual([["situational_prevention", 1]]);
  });
});

describe("what works, by actor and by combination of actors", () => {
  it("groups by the responsible actor, and by the actors working together at a scene in a year", async () => {
    const result = await getWhatWorks(steering, { from: null, to: null });
    expect(rowOf(result.byActor, "municipality")).toMatchObject({ interventions: 3, scenes: 3 });
    expect(result.byActors.map((r) => [r.key, r.interventions, r.scenes])).toEqual([["municipality+police", 2, 1]]);
    expect(measure(rowOf(result.byActors, "municipality+police"), "violent_crimes")).toMatchObject({
      treated: { change: -6, scenes: 1 },
      comparison: { change: -0.25, scenes: 8 },
      tooFew: true,
    });
  });
});

describe("a municipal representative's scope", () => {
  it("covers only their municipality, the comparison scenes too", async () => {
    const result = await getWhatWorks(jarfallaRep, { from: null, to: null });
    expect(result.byType.map((r) => [r.key, r.interventions, r.scenes])).toEqual([["situational_prevention", 1, 1]]);
    expect(measure(result.byType[0], "violent_crimes")).toMatchObject({
      treated: { change: -6, scenes: 1 },
      comparison: { change: 0, scenes: 2 },
    });
    expect(result.byActor.map((r) => r.key)).toEqual(["property_owner"]);
    expect(result.byActors).toEqual([]);
  });

  it("computes the same from scratch as through the figures' cache", async () => {
    const rows = await listWhatWorksRows(jarfallaRep, "type", { from: null, to: null }, 2025);
    expect((await getWhatWorks(jarfallaRep, { from: null, to: null })).byType).toEqual(rows);
  });
});

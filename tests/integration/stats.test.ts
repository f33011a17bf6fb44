import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { getYearStats } from "@/lib/stats/year-stats";
import { listCountedScenes } from "@/lib/stats/map";
import { listOutcomesByArea } from "@/lib/stats/outcomes";
import { getLatestCompleteYear } from "@/lib/rounds/queries";
import { countSeries } from "@/lib/stats/queries";
import { createTestUser, resetDatabase } from "./helpers";

// Small hand-made cases for the counting rules (../shared/docs/domain.md), counted in SQL.

let number = 0;
async function scene(municipalityCode: string, policeArea: string, district: string | null, firstYear = 2023) {
  number += 1;
  const [area, dist] = await Promise.all([
    db.policeArea.findUniqueOrThrow({ where: { name: policeArea } }),
    district ? db.district.findUniqueOrThrow({ where: { name: district } }) : null,
  ]);
  return db.scene.create({
    data: {
      number,
      ref: `T-${number}`,
      name: `Plats ${number}`,
      municipalityCode,
      policeAreaId: area.id,
      districtId: dist?.id ?? null,
      lat: 59.33,
      lng: 18.06,
      firstYear,
    },
  });
}

async function assess(
  s: { id: string; municipalityCode: string; policeAreaId: string; districtId: string | null },
  year: number,
  status: AssessmentStatus,
  open: boolean,
  extra: { areaM2?: number; policeArea?: string; answers?: object } = {},
) {
  const policeAreaId = extra.policeArea
    ? (await db.policeArea.findUniqueOrThrow({ where: { name: extra.policeArea } })).id
    : s.policeAreaId;
  await db.assessment.create({
    data: {
      sceneId: s.id,
      year,
      status,
      isOpenDrugScene: open,
      answers: extra.answers ?? {},
      areaM2: extra.areaM2 ?? 100,
      mainSubstance: open ? "cannabis" : null,
      municipalityCode: s.municipalityCode,
      policeAreaId,
      districtId: s.districtId,
    },
  });
}

beforeAll(async () => {
  await resetDatabase();
  const a = await scene("0180", "Järva", "Järva");
  await assess(a, 2023, "COSIGNED", true);
  await assess(a, 2024, "COSIGNED", true, { areaM2: 1000, answers: { symptoms: ["unsafe", "nuisance"] } });
  const ceasing = await scene("0180", "Järva", "Järva");
  await assess(ceasing, 2023, "COSIGNED", true);
  await assess(ceasing, 2024, "COSIGNED", false);
  const fresh = await scene("0123", "Järfälla", null, 2024);
  await assess(fresh, 2024, "SUBMITTED", true, { areaM2: 500, answers: { symptoms: ["unsafe"] } });
  const draft = await scene("0123", "Järfälla", null);
  await assess(draft, 2024, "DRAFT", true);
  const returned = await scene("0123", "Järfälla", null);
  await assess(returned, 2024, "RETURNED", true);
  await scene("0182", "Nacka", null); // active in 2024, never assessed
  // Kungsholmen: LPO Norrmalm in 2024, Lidingö-Kungsholmen after the 2025 reorganisation.
  const kungsholmen = await scene("0180", "Lidingö-Kungsholmen", "Kungsholmen", 2024);
  await assess(kungsholmen, 2024, "COSIGNED", true, { policeArea: "Norrmalm", areaM2: 250 });
  await assess(kungsholmen, 2025, "COSIGNED", true, { areaM2: 250 });
  // Indicators: the counted scene a (2024) and the ceased one, whose values must not count in 2024.
  const indicator = (sceneId: string, year: number, code: string, value: number) =>
    db.sceneIndicator.create({ data: { sceneId, year, indicator: code, value, source: "Test" } });
  await indicator(a.id, 2023, "violent_crimes", 12);
  await indicator(a.id, 2024, "violent_crimes", 9);
  await indicator(a.id, 2023, "detected_crimes", 30);
  await indicator(a.id, 2024, "detected_crimes", 41);
  await indicator(a.id, 2024, "unsafe_share", 0.4);
  await indicator(kungsholmen.id, 2024, "unsafe_share", 0.2);
  await indicator(ceasing.id, 2024, "violent_crimes", 100);
  await db.intervention.create({
    data: {
      sceneId: a.id,
      type: "camera_surveillance",
      actor: "police",
      startDate: new Date("2023-05-01"),
      description: "Kameror vid uppgången.",
    },
  });
  await db.intervention.create({
    data: {
      sceneId: a.id,
      type: "cleaning_maintenance",
      actor: "municipality",
      startDate: new Date("2021-01-01"),
      endDate: new Date("2022-12-31"),
      description: "Avslutad före 2024.",
    },
  });
});

describe("the sub-goal totals", () => {
  it("sums the indicators over the scenes that count, the year before over the same scenes", async () => {
    const { outcomes } = await getYearStats(await createTestUser("STEERING"), 2024);
    expect(outcomes).toEqual({
      violentCrimes: 9,
      violentCrimesPreviousYear: 12,
      detectedCrimes: 41,
      detectedCrimesPreviousYear: 30,
      unsafeShare: 0.3,
    });
  });

  it("gives the same totals per municipality, with the police's work beside detected crime", async () => {
    const rows = await listOutcomesByArea(await createTestUser("STEERING"), 2024, "municipality");
    expect(rows.find((r) => r.key === "0180")).toEqual({
      key: "0180",
      name: "Stockholm",
      scenes: 2,
      violentCrimes: 9,
      violentCrimesPreviousYear: 12,
      detectedCrimes: 41,
      detectedCrimesPreviousYear: 30,
      unsafeShare: 0.3,
      policeActionScenes: 0,
      interventions: 1,
    });
    expect(rows.find((r) => r.key === "0123")).toMatchObject({ scenes: 1, violentCrimes: null, unsafeShare: null });
  });

  it("gives no unsafe share when no scene has one", async () => {
    const { outcomes } = await getYearStats(await createTestUser("STEERING"), 2025);
    expect(outcomes.unsafeShare).toBeNull();
  });
});

describe("the counting rules", () => {
  it("counts final open-scene assessments only, with new, ceased, joint share, coverage and area", async () => {
    const stats = await getYearStats(await createTestUser("STEERING"), 2024);
    expect(stats).toMatchObject({
      year: 2024,
      scenes: 3, // a, fresh (submitted), kungsholmen — not the draft, the returned one or the ceased one
      previousYear: 2,
      change: 1,
      new: 2,
      ceased: 1,
      municipalitiesWithScenes: 2,
      policeAreasWithScenes: 3,
      jointShare: 0.667, // 2 of 3 co-signed
      coverage: 0.571, // 4 of 7 active scenes have a final assessment
      areaM2: 1750,
      // 3 of the 7 active scenes are not yet assessed: preliminary, so no verdict on the goal.
      complete: false,
      active: 7,
      assessed: 4,
      notYetAssessed: 3,
      onTrack: null,
    });
  });

  it("lists all 26 municipalities with zeros, and the year's own areas", async () => {
    const stats = await getYearStats(await createTestUser("STEERING"), 2024);
    expect(stats.byMunicipality).toHaveLength(26);
    expect(stats.byMunicipality.find((m) => m.code === "0180")).toEqual({
      code: "0180",
      name: "Stockholm",
      scenes: 2,
      previousYear: 2,
      change: 0,
    });
    expect(stats.byMunicipality.find((m) => m.code === "0114")).toEqual({
      code: "0114",
      name: "Upplands Väsby",
      scenes: 0,
      previousYear: 0,
      change: 0,
    });
    expect(stats.byPoliceArea.find((p) => p.name === "Norrmalm")).toMatchObject({ scenes: 1, policeDistrict: "Stockholm city" });
    expect(stats.byPoliceArea.map((p) => p.name)).not.toContain("Lidingö-Kungsholmen"); // valid from 2025, no scenes in 2024
    expect(stats.byDistrict.find((d) => d.name === "Järva")).toEqual({ name: "Järva", scenes: 1, previousYear: 2, change: -1 });
    expect(stats.bySymptom).toMatchObject({ unsafe: 2, nuisance: 1, crime_hotspot: 0 });
    expect(stats.bySubstance).toMatchObject({ cannabis: 3, cocaine: 0 });
  });

  it("attributes by each year's own areas when an LPO was reorganised", async () => {
    const stats = await getYearStats(await createTestUser("STEERING"), 2025);
    expect(stats.byPoliceArea.find((p) => p.name === "Lidingö-Kungsholmen")).toMatchObject({ scenes: 1, previousYear: 0, change: 1 });
    expect(stats.byPoliceArea.map((p) => p.name)).not.toContain("Norrmalm");
    // a and fresh counted in 2024 and are followed in 2025 without an assessment: not yet assessed, not ceased.
    expect(stats).toMatchObject({ scenes: 1, new: 0, ceased: 0, notYetAssessed: 6, complete: false });
  });

  it("maps the scenes that count, with the year's attribution", async () => {
    const scenes = await listCountedScenes(await createTestUser("STEERING"), 2024);
    expect(scenes.map((s) => [s.ref, s.policeAreaName, s.areaM2])).toEqual([
      ["T-1", "Järva", 1000],
      ["T-3", "Järfälla", 500],
      ["T-7", "Norrmalm", 250],
    ]);
    expect(scenes[0]).toMatchObject({ status: "ACTIVE", municipalityName: "Stockholm", lat: 59.33 });
  });

  it("counts within the user's scope", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    expect(await getYearStats(rep, 2024)).toMatchObject({ scenes: 1, previousYear: 0, municipalitiesWithScenes: 1, jointShare: 0 });
  });

  it("gives the series up to a year, and no complete year while scenes await assessment", async () => {
    const steering = await createTestUser("STEERING");
    expect(await countSeries(steering, 2025)).toEqual([
      { year: 2023, scenes: 2 },
      { year: 2024, scenes: 3 },
      { year: 2025, scenes: 1 },
    ]);
    expect(await countSeries(steering, 2024)).toHaveLength(2);
    // Every year here has active scenes without a final assessment (Nacka's never has one).
    expect(await getLatestCompleteYear(steering)).toBeNull();
  });
});

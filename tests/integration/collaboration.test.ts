import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { computeDashboard } from "@/lib/stats/dashboard";
import { createTestUser, getPoliceAreaId, resetDatabase } from "./helpers";

// "Samverkan och unga" (issue 15) on hand-made data: two years, known co-signatures, partners and
// minors answers, and an LPO recorded in 2024 that no longer exists.

let number = 0;
async function scene(municipalityCode: string, policeArea: string, firstYear: number) {
  number += 1;
  return db.scene.create({
    data: {
      number,
      ref: `C-${number}`,
      name: `Plats ${number}`,
      municipalityCode,
      policeAreaId: await getPoliceAreaId(policeArea),
      lat: 59.33,
      lng: 18.06,
      firstYear,
    },
  });
}

async function assess(
  s: { id: string; municipalityCode: string; policeAreaId: string },
  year: number,
  status: AssessmentStatus,
  answers: { partners?: string[]; minors_present?: string },
  extra: { open?: boolean; policeArea?: string } = {},
) {
  await db.assessment.create({
    data: {
      sceneId: s.id,
      year,
      status,
      isOpenDrugScene: extra.open ?? true,
      answers,
      municipalityCode: s.municipalityCode,
      policeAreaId: extra.policeArea ? await getPoliceAreaId(extra.policeArea) : s.policeAreaId,
    },
  });
}

beforeAll(async () => {
  await resetDatabase();
  const a = await scene("0180", "Järva", 2023);
  await assess(a, 2023, "COSIGNED", { partners: ["social_services", "property_owners"], minors_present: "yes" });
  await assess(a, 2024, "COSIGNED", { partners: ["social_services"], minors_present: "no" });
  const b = await scene("0180", "Järva", 2023);
  await assess(b, 2023, "SUBMITTED", { partners: [], minors_present: "unknown" });
  await assess(b, 2024, "SUBMITTED", { minors_present: "yes" }); // no partners answer: names none
  const c = await scene("0123", "Järfälla", 2023);
  await assess(c, 2023, "SUBMITTED", { partners: ["schools", "customs", "county_board", "civil_society"], minors_present: "yes" });
  // Not an open drug scene in 2024: its answers do not count.
  await assess(c, 2024, "COSIGNED", { partners: ["schools"], minors_present: "yes" }, { open: false });
  // Neither a draft nor a returned assessment counts.
  await assess(await scene("0123", "Järfälla", 2024), 2024, "DRAFT", { partners: ["schools"], minors_present: "yes" });
  await assess(await scene("0123", "Järfälla", 2024), 2024, "RETURNED", { partners: ["schools"], minors_present: "yes" });
  // Kungsholmen: LPO Norrmalm as recorded in 2024, Lidingö-Kungsholmen since the reorganisation.
  const f = await scene("0180", "Lidingö-Kungsholmen", 2024);
  await assess(
    f,
    2024,
    "COSIGNED",
    { partners: ["youth_workers", "public_transport", "region_stockholm"], minors_present: "yes" },
    {
      policeArea: "Norrmalm",
    },
  );
});

describe("collaboration and young people, year by year", () => {
  it("gives the county's joint share, partner kinds per scene and minors per year", async () => {
    const { collaboration, stats } = await computeDashboard(await createTestUser("STEERING"), 2024);
    expect(collaboration.years).toEqual([
      // a, b, c count; a co-signed; partners 2 + 0 + 4; minors at a and c (b does not know: not "yes").
      {
        year: 2023,
        preliminary: false,
        scenes: 3,
        cosigned: 1,
        jointShare: 0.333,
        partnersPerScene: 2,
        minorsPresent: 2,
        minorsShare: 0.667,
      },
      // a, b, f count (not c, the draft or the returned one); a and f co-signed; partners 1 + 0 + 3.
      {
        year: 2024,
        preliminary: true,
        scenes: 3,
        cosigned: 2,
        jointShare: 0.667,
        partnersPerScene: 1.33,
        minorsPresent: 2,
        minorsShare: 0.667,
      },
    ]);
    expect(collaboration.years.at(-1)!.jointShare).toBe(stats.jointShare);
  });

  it("gives the joint share per municipality and LPO by the attribution recorded each year", async () => {
    const { collaboration } = await computeDashboard(await createTestUser("STEERING"), 2024);
    expect(collaboration.byMunicipality).toEqual([
      { key: "0123", name: "Järfälla", shares: [0, null] },
      { key: "0180", name: "Stockholm", shares: [0.5, 0.667] },
    ]);
    expect(collaboration.byPoliceArea).toEqual([
      { key: await getPoliceAreaId("Järfälla"), name: "Järfälla", shares: [0, null] },
      { key: await getPoliceAreaId("Järva"), name: "Järva", shares: [0.5, 0.5] },
      { key: await getPoliceAreaId("Norrmalm"), name: "Norrmalm", shares: [null, 1] },
    ]);
  });

  it("shows no year after the one shown, and no area without scenes up to it", async () => {
    const { collaboration } = await computeDashboard(await createTestUser("STEERING"), 2023);
    expect(collaboration.years.map((y) => y.year)).toEqual([2023]);
    expect(collaboration.byPoliceArea.map((p) => [p.name, p.shares])).toEqual([
      ["Järfälla", [0]],
      ["Järva", [0.5]],
    ]);
  });

  it("covers only a municipal representative's municipality", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const { collaboration } = await computeDashboard(rep, 2024);
    expect(collaboration.years).toEqual([
      {
        year: 2023,
        preliminary: false,
        scenes: 1,
        cosigned: 0,
        jointShare: 0,
        partnersPerScene: 4,
        minorsPresent: 1,
        minorsShare: 1,
      },
      // c ceased and the others are not final: a year with data, but no scene to divide by.
      {
        year: 2024,
        preliminary: true,
        scenes: 0,
        cosigned: 0,
        jointShare: null,
        partnersPerScene: null,
        minorsPresent: 0,
        minorsShare: null,
      },
    ]);
    expect(collaboration.byMunicipality).toEqual([{ key: "0123", name: "Järfälla", shares: [0, null] }]);
    expect(collaboration.byPoliceArea.map((p) => p.name)).toEqual(["Järfälla"]);
  });
});

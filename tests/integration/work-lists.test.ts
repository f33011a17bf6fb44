import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { listAnalystWork, listCosignQueue, summarizeYear } from "@/lib/assessments/work-lists";
import { seedDemoData } from "@/prisma/seed";
import { resetDatabase } from "./helpers";

async function demoUser(email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { policeAreas: true } });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    municipalityCode: u.municipalityCode,
    policeAreaIds: u.policeAreas.map((p) => p.policeAreaId),
  };
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
});

describe("work lists on the demo data (2026)", () => {
  it("gives the Järva analyst the draft, the returned assessment, and no missing scene", async () => {
    const work = await listAnalystWork(await demoUser("polis.jarva@demo.test"), 2026);
    expect(work.drafts.map((a) => a.scene.ref)).toEqual(["S-0001"]);
    expect(work.returned.map((a) => a.scene.ref)).toEqual(["S-0003"]);
    expect(work.missing).toEqual([]);
  });

  it("gives the Järfälla analyst the active scene that lacks this year's assessment", async () => {
    const work = await listAnalystWork(await demoUser("polis.jarfalla@demo.test"), 2026);
    expect(work.missing.map((s) => s.ref)).toEqual(["S-0006"]);
  });

  it("gives Stockholm's representative the submitted assessments to co-sign", async () => {
    const queue = await listCosignQueue(await demoUser("kommun.stockholm@demo.test"));
    expect(queue.map((a) => a.scene.ref).sort()).toEqual(["S-0002", "S-0007"]);
    expect(await listCosignQueue(await demoUser("kommun.jarfalla@demo.test"))).toEqual([]);
  });

  it("summarizes the year per municipality and per LPO in SQL, within the user's scope", async () => {
    const steering = await demoUser("styrgrupp@demo.test");
    expect(await summarizeYear(steering, 2026, "municipality")).toEqual([
      { key: "0123", name: "Järfälla", active: 2, cosigned: 1, submitted: 0, inProgress: 0, missing: 1 },
      { key: "0180", name: "Stockholm", active: 5, cosigned: 0, submitted: 2, inProgress: 2, missing: 1 },
    ]);
    const byArea = await summarizeYear(steering, 2026, "policeArea");
    expect(byArea.find((r) => r.name === "Järva")).toMatchObject({ active: 3, submitted: 1, inProgress: 2, missing: 0 });
    expect(byArea.find((r) => r.name === "Södermalm")).toMatchObject({ active: 2, submitted: 1, missing: 1 });
    // A representative's share: their own municipality only.
    expect((await summarizeYear(await demoUser("kommun.jarfalla@demo.test"), 2026, "municipality")).map((r) => r.name)).toEqual([
      "Järfälla",
    ]);
  });

  it("records the district as it was that year", async () => {
    const rinkeby = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    const years = await db.assessment.findMany({ where: { sceneId: rinkeby.id }, include: { district: true }, orderBy: { year: "asc" } });
    expect(years.map((a) => [a.year, a.district?.name])).toEqual([
      [2021, "Rinkeby-Kista"],
      [2022, "Rinkeby-Kista"],
      [2023, "Järva"],
      [2024, "Järva"],
      [2025, "Järva"],
      [2026, "Järva"],
    ]);
  });
});

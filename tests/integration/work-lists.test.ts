import { beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, db, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { listAnalystWork, listCosignQueue, listReturnedWork, summarizeYear } from "@/lib/assessments/work-lists";
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
    // The county's other demo scenes (prisma/seed/demo-county.ts) are not started this year.
    const notStarted = (key: string, name: string, active: number) => ({
      key,
      name,
      active,
      assessed: 0,
      cosigned: 0,
      submitted: 0,
      inProgress: 0,
      missing: active,
    });
    expect(await summarizeYear(steering, 2026, "municipality")).toEqual([
      notStarted("0127", "Botkyrka", 3),
      notStarted("0136", "Haninge", 1),
      notStarted("0126", "Huddinge", 2),
      { key: "0123", name: "Järfälla", active: 2, assessed: 1, cosigned: 1, submitted: 0, inProgress: 0, missing: 1 },
      notStarted("0184", "Solna", 1),
      { key: "0180", name: "Stockholm", active: 5, assessed: 2, cosigned: 0, submitted: 2, inProgress: 2, missing: 1 },
      notStarted("0183", "Sundbyberg", 1),
      notStarted("0181", "Södertälje", 2),
      notStarted("0114", "Upplands Väsby", 1),
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

describe("what the analyst has sent and had returned (the review loop)", () => {
  it("lists the LPO's submitted assessments as waiting for the municipality, and only the LPO's", async () => {
    const jarva = await listAnalystWork(await demoUser("polis.jarva@demo.test"), 2026);
    expect(jarva.submitted.map((a) => [a.scene.ref, a.status, a.submittedAt?.toISOString()])).toEqual([
      ["S-0002", "SUBMITTED", "2026-10-01T09:00:00.000Z"],
    ]);
    const sodermalm = await listAnalystWork(await demoUser("polis.sodermalm@demo.test"), 2026);
    expect(sodermalm.submitted.map((a) => a.scene.ref)).toEqual(["S-0007"]);
    // Another LPO's analyst sees neither Järva's submitted nor its returned assessment.
    const jarfalla = await listAnalystWork(await demoUser("polis.jarfalla@demo.test"), 2026);
    expect(jarfalla.submitted).toEqual([]);
    expect(jarfalla.returned).toEqual([]);
  });

  it("gives a returned assessment its latest return: who (name and role), when, and the comment", async () => {
    const work = await listAnalystWork(await demoUser("polis.jarva@demo.test"), 2026);
    expect(work.returned).toHaveLength(1);
    expect(work.returned[0]).toMatchObject({
      scene: { ref: "S-0003", name: "Husby centrum", municipality: { name: "Stockholm" }, policeArea: { name: "Järva" } },
      status: "RETURNED",
      latestReturn: {
        userName: "Klara Stockholm",
        role: "MUNICIPAL_REP",
        at: new Date("2026-10-08T10:30:00Z"),
        comment: "Beskriv samverkan med fastighetsägaren tydligare och kontrollera utbredningen mot torget.",
      },
    });
  });

  it("takes the newest of several returns, not the first", async () => {
    const husby = await db.assessment.findFirstOrThrow({ where: { year: 2026, scene: { ref: "S-0003" } } });
    const rep = await db.user.findUniqueOrThrow({ where: { email: "kommun.stockholm@demo.test" } });
    const signature = { assessmentId: husby.id, userId: rep.id, userName: "Klara Stockholm", role: "MUNICIPAL_REP" as const };
    await db.assessmentSignature.createMany({
      data: [
        { ...signature, decision: "RETURNED", comment: "Andra returen.", at: new Date("2026-10-20T08:00:00Z") },
        { ...signature, decision: "RETURNED", comment: "Äldre än den senaste.", at: new Date("2026-10-12T08:00:00Z") },
      ],
    });
    const [row] = (await listAnalystWork(await demoUser("polis.jarva@demo.test"), 2026)).returned;
    expect(row?.latestReturn).toMatchObject({ comment: "Andra returen.", at: new Date("2026-10-20T08:00:00Z") });
  });

  it("reads the returned assessments with their latest return in one SQL query, however many there are", async () => {
    const analyst = await demoUser("polis.jarva@demo.test");
    // More returned rows than one: a query per row would show as more queries.
    await db.assessment.updateMany({
      where: { year: 2025, scene: { policeAreaId: { in: analyst.policeAreaIds } } },
      data: { status: "RETURNED" },
    });
    // A client that logs its SQL stands in for lib/db's during the call (as in exports.test.ts).
    await db.$disconnect();
    const shared = globalThis as unknown as { prisma?: Db };
    const original = shared.prisma;
    const queries: string[] = [];
    const logging = createPrismaClient(inject("databaseUrl"), 1, { onQuery: (sql) => queries.push(sql) });
    shared.prisma = logging;
    try {
      const returned = await listReturnedWork(analyst.policeAreaIds);
      expect(returned.length).toBeGreaterThan(2);
      expect(returned.find((row) => row.year === 2026)?.latestReturn?.comment).toBe("Andra returen.");
      expect(queries).toHaveLength(1);
    } finally {
      await logging.$disconnect();
      shared.prisma = original;
    }
  });
});

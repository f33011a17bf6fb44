import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { getLatestCompleteYear } from "@/lib/rounds/queries";
import { getStatsGeneration } from "@/lib/stats/cache";
import { computeDashboard, getCachedYearStats, getDashboard, getDashboardYear } from "@/lib/stats/dashboard";
import { getYearStats } from "@/lib/stats/year-stats";
import { currentYear } from "@/lib/years";
import { seedDemoData } from "@/prisma/seed";
import { assessmentForm, completeAnswers } from "./assessment-fixtures";
import { createTestUser, currentUser, formData, signInAs } from "./helpers";
import { resetImports } from "./import-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { decideAssessmentAction, saveAssessmentAction } = await import("@/lib/assessments/actions");
const { closeSceneAction, mergeSceneAction, splitSceneAction } = await import("@/lib/scenes/actions");
const { importAction } = await import("@/lib/import/actions");

// Issue 13, point 4: the figures served from the cache (lib/stats/cache.ts) equal the figures
// recomputed from scratch by the counting rules after every kind of write, each made through the
// real server action. Before each write the figures are read through the cache, so that an entry of
// the old generation exists: were a write not to move the generation on, the read after it would
// serve that entry, and differ from the recomputation (each write below that should change a
// figure is checked to have changed one).

const YEAR = currentYear();
const YEARS = [YEAR - 1, YEAR];
const idle = { ok: false };

type Cast = {
  county: SessionUser;
  stockholm: SessionUser;
  jarfalla: SessionUser;
  jarva: SessionUser;
  admin: SessionUser;
};
let cast: Cast;
/** The scopes the figures are read for: the county, two municipalities and an LPO. */
let scopes: SessionUser[];

/** Every figure, as served: through the cache. */
async function cachedFigures() {
  const figures = [];
  for (const user of scopes) {
    figures.push({ scope: user.email, openingYear: await getDashboardYear(user) });
    for (const year of YEARS) {
      // The dashboard's payload holds the year's statistics as the API sends them.
      figures.push({ scope: user.email, year, dashboard: await getDashboard(user, year), api: await getCachedYearStats(user, year) });
    }
  }
  return figures;
}

/**
 * Every figure recomputed from scratch by the counting rules, bypassing the cache, in the shape a
 * cache entry has (JSON).
 */
async function recomputedFigures() {
  const figures = [];
  for (const user of scopes) {
    figures.push({ scope: user.email, openingYear: (await getLatestCompleteYear(user)) ?? currentYear() });
    for (const year of YEARS) {
      figures.push({ scope: user.email, year, dashboard: await computeDashboard(user, year), api: await getYearStats(user, year) });
    }
  }
  return JSON.parse(JSON.stringify(figures)) as unknown;
}

/**
 * Reads the figures through the cache (leaving entries of the current generation), makes the
 * write, and checks that the figures read through the cache afterwards equal the recomputed ones,
 * and that the write changed a figure when it should have.
 */
async function afterWrite(write: () => Promise<unknown>, expectChange: boolean) {
  const before = await recomputedFigures();
  expect(await cachedFigures()).toEqual(before);
  await write();
  const after = await recomputedFigures();
  expect(await cachedFigures()).toEqual(after);
  if (expectChange) expect(after).not.toEqual(before);
  else expect(after).toEqual(before);
}

/** A successful action redirects (Next throws to do so) with its notice. */
async function succeeds(action: Promise<unknown>, notice: string) {
  await expect(action).rejects.toEqual(expect.objectContaining({ digest: expect.stringContaining(`notice=${notice}`) }));
}

async function assessmentOf(ref: string, year = YEAR) {
  const scene = await db.scene.findUniqueOrThrow({ where: { ref } });
  return db.assessment.findUniqueOrThrow({ where: { sceneId_year: { sceneId: scene.id, year } } });
}

/** Active demo scenes that no assessment step below touches, in number order. */
async function otherScenes() {
  return db.scene.findMany({
    where: { status: "ACTIVE", ref: { notIn: ["S-0001", "S-0002", "S-0003"] } },
    orderBy: { number: "asc" },
  });
}

beforeAll(async () => {
  await resetImports();
  // The demo data: scenes in several municipalities and LPOs, years of co-signed assessments, and
  // this year's round in progress (Rinkeby torg a draft, Tensta centrum submitted).
  await seedDemoData(db);
  cast = {
    county: await createTestUser("STEERING"),
    stockholm: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }),
    jarfalla: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }),
    jarva: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }),
    admin: await createTestUser("ADMIN"),
  };
  scopes = [cast.county, cast.stockholm, cast.jarfalla, cast.jarva];
});

afterAll(resetImports);

// The steps build on each other, in order, on one data set.
describe("the figures read through the cache equal the recomputed ones", () => {
  it("starts from a data set with figures in both years", async () => {
    const rinkeby = await assessmentOf("S-0001");
    const tensta = await assessmentOf("S-0002");
    expect([rinkeby.status, tensta.status]).toEqual(["DRAFT", "SUBMITTED"]);
    const stats = await getYearStats(cast.county, YEAR - 1);
    expect(stats.scenes).toBeGreaterThan(0);
    expect(await cachedFigures()).toEqual(await recomputedFigures());
  });

  it("after a draft is saved (no figure changes)", async () => {
    const rinkeby = await assessmentOf("S-0001");
    signInAs(cast.jarva);
    await afterWrite(
      async () =>
        succeeds(saveAssessmentAction(idle, await assessmentForm(rinkeby.id, { "q.development": "reduced" }, "save")), "assessment-saved"),
      false,
    );
  });

  it("after an assessment is submitted", async () => {
    const rinkeby = await assessmentOf("S-0001");
    signInAs(cast.jarva);
    await afterWrite(
      async () => succeeds(saveAssessmentAction(idle, await assessmentForm(rinkeby.id, completeAnswers, "submit")), "assessment-submitted"),
      true,
    );
  });

  it("after it is co-signed", async () => {
    const rinkeby = await assessmentOf("S-0001");
    signInAs(cast.stockholm);
    await afterWrite(
      () =>
        succeeds(
          decideAssessmentAction(idle, formData({ id: rinkeby.id, version: String(rinkeby.version), decision: "cosign" })),
          "assessment-cosigned",
        ),
      true,
    );
  });

  it("after another is returned", async () => {
    const tensta = await assessmentOf("S-0002");
    signInAs(cast.stockholm);
    await afterWrite(
      () =>
        succeeds(
          decideAssessmentAction(
            idle,
            formData({ id: tensta.id, version: String(tensta.version), decision: "return", comment: "Kontrollera utbredningen." }),
          ),
          "assessment-returned",
        ),
      true,
    );
  });

  it("after a co-signed assessment is reopened", async () => {
    const rinkeby = await assessmentOf("S-0001");
    expect(rinkeby.status).toBe("COSIGNED");
    signInAs(cast.admin);
    await afterWrite(
      () =>
        succeeds(
          decideAssessmentAction(
            idle,
            formData({ id: rinkeby.id, version: String(rinkeby.version), decision: "reopen", comment: "Fel utbredning." }),
          ),
          "assessment-reopened",
        ),
      true,
    );
  });

  it("after a scene is closed", async () => {
    const [scene] = await otherScenes();
    signInAs(cast.admin);
    // Its last year followed is last year: this year it is no longer active.
    await afterWrite(
      () =>
        succeeds(
          closeSceneAction(idle, formData({ id: scene!.id, version: String(scene!.version), lastYear: String(YEAR - 1) })),
          "scene-closed",
        ),
      true,
    );
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene!.id } })).status).toBe("CLOSED");
  });

  it("after a scene is merged into another", async () => {
    const [from, into] = await otherScenes();
    signInAs(cast.admin);
    await afterWrite(
      () =>
        succeeds(
          mergeSceneAction(
            idle,
            formData({ id: from!.id, version: String(from!.version), lastYear: String(YEAR - 1), targetId: into!.id }),
          ),
          "scene-merged",
        ),
      true,
    );
    expect((await db.scene.findUniqueOrThrow({ where: { id: from!.id } })).status).toBe("MERGED");
  });

  it("after a scene is split into two others", async () => {
    // The demo data has few active scenes left by now: split into two whose assessments are done with.
    const [from] = await otherScenes();
    const [a, b] = await db.scene.findMany({ where: { ref: { in: ["S-0001", "S-0003"] } } });
    signInAs(cast.admin);
    await afterWrite(
      () =>
        succeeds(
          splitSceneAction(
            idle,
            formData({ id: from!.id, version: String(from!.version), lastYear: String(YEAR - 1), targetIds: [a!.id, b!.id] }),
          ),
          "scene-split",
        ),
      true,
    );
    expect((await db.scene.findUniqueOrThrow({ where: { id: from!.id } })).status).toBe("SPLIT");
  });

  it("after an import that adds figures to both years", async () => {
    signInAs(cast.admin);
    const file = JSON.stringify({
      format: "oppna-drogscener/import-v1",
      scenes: [
        {
          ref: "IMP-1",
          name: "Importerad plats",
          municipalityCode: "0123",
          policeArea: "Järfälla",
          location: { lat: 59.4225, lng: 17.835 },
          assessments: [
            { year: YEAR - 1, status: "cosigned", isOpenDrugScene: true },
            { year: YEAR, status: "submitted", isOpenDrugScene: true },
          ],
        },
      ],
    });
    const upload = new FormData();
    upload.append("file", new File([file], "import.json", { type: "application/json" }));
    await afterWrite(async () => {
      const state = await importAction(idle, upload);
      expect(state).toMatchObject({ ok: true, summary: { scenes: { created: 1 }, assessments: { created: 2 } } });
    }, true);
  });

  it("after a write in a transaction that is rolled back, read while it was uncommitted", async () => {
    const rinkeby = await assessmentOf("S-0001");
    const before = await recomputedFigures();
    const generation = await getStatsGeneration();
    const rolledBack = new Error("rolled back on purpose");
    await expect(
      db.$transaction(async (tx) => {
        await tx.assessment.update({ where: { id: rinkeby.id }, data: { status: "COSIGNED", isOpenDrugScene: true } });
        await tx.scene.updateMany({ where: { municipalityCode: "0123" }, data: { status: "CLOSED", lastYear: YEAR - 1 } });
        // Read (and cached) by another connection while the write is uncommitted.
        expect(await cachedFigures()).toEqual(before);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await getStatsGeneration()).toBe(generation);
    expect(await recomputedFigures()).toEqual(before);
    expect(await cachedFigures()).toEqual(before);
  });
});

describe("a cache that missed a write", () => {
  // The check the steps above rely on: with the generation held still, the read after a write
  // serves the entry of before it, and differs from the recomputation.
  it("serves stale figures, which the comparison catches", async () => {
    const tensta = await assessmentOf("S-0002");
    expect(tensta.status).toBe("RETURNED");
    await cachedFigures();
    await db.$executeRawUnsafe(`ALTER TABLE "Assessment" DISABLE TRIGGER "stats_assessment_update"`);
    try {
      await db.assessment.update({ where: { id: tensta.id }, data: { status: "COSIGNED" } });
      expect(await cachedFigures()).not.toEqual(await recomputedFigures());
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "Assessment" ENABLE TRIGGER "stats_assessment_update"`);
    }
  });
});

describe("the entries a process holds", () => {
  it("are read again without their figures while current, and never after another instance's write", async () => {
    const first = await getCachedYearStats(cast.county, YEAR);
    // The same object: the statement left the payload out and the held copy was served, frozen.
    expect(await getCachedYearStats(cast.county, YEAR)).toBe(first);
    expect(Object.isFrozen(first.byMunicipality)).toBe(true);
    // What any instance's write does to the generation (its triggers), here without this process's code.
    await db.$executeRaw`UPDATE "StatsGeneration" SET generation = generation + 1 WHERE id = 1`;
    const after = await getCachedYearStats(cast.county, YEAR);
    expect(after).not.toBe(first);
    expect(after).toEqual(await getYearStats(cast.county, YEAR));
  });
});

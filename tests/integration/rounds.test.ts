import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getLastAssessableYear, getLatestCompleteYear, getRound, listRoundScenes } from "@/lib/rounds/queries";
import { getDashboard } from "@/lib/stats/dashboard";
import { getYearStats } from "@/lib/stats/year-stats";
import { currentYear } from "@/lib/years";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { closeRoundAction, extendRoundAction, openRoundAction } = await import("@/lib/rounds/actions");

/** A successful action redirects (Next throws to do so) to the rounds page. */
async function succeeds(action: Promise<unknown>) {
  await expect(action).rejects.toEqual(expect.objectContaining({ digest: expect.stringContaining("/admin/kartlaggning") }));
}

// The yearly round: 8 scenes followed in 2025 and 2026, all assessed and counted in 2025; in 2026
// five have a final assessment (four still open drug scenes, one ceased) and three do not.

const YEAR = 2026;

async function createScenes() {
  const area = await db.policeArea.findUniqueOrThrow({ where: { name: "Järfälla" } });
  const scenes = [];
  for (let i = 1; i <= 8; i++) {
    scenes.push(
      await db.scene.create({
        data: {
          number: i,
          ref: `R-${i}`,
          name: `Plats ${i}`,
          municipalityCode: "0123",
          policeAreaId: area.id,
          lat: 59.4,
          lng: 17.8,
          firstYear: 2025,
        },
      }),
    );
  }
  const assess = (sceneId: string, year: number, status: "SUBMITTED" | "COSIGNED" | "DRAFT", open: boolean) =>
    db.assessment.create({
      data: { sceneId, year, status, isOpenDrugScene: open, answers: {}, municipalityCode: "0123", policeAreaId: area.id },
    });
  for (const s of scenes) await assess(s.id, 2025, "COSIGNED", true);
  for (const [i, s] of scenes.entries()) {
    if (i < 4) await assess(s.id, YEAR, i % 2 ? "SUBMITTED" : "COSIGNED", true);
    else if (i === 4) await assess(s.id, YEAR, "COSIGNED", false);
    else if (i === 5) await assess(s.id, YEAR, "DRAFT", true); // a draft is not an assessment yet
  }
  return scenes;
}

const open = (year: number, deadline: string) => openRoundAction({ ok: false }, formData({ year: String(year), deadline }));

beforeEach(async () => {
  await resetDatabase();
  await createScenes();
});

describe("a year in progress", () => {
  it("counts the scenes not yet assessed apart, never as ceased, and gives no verdict", async () => {
    const stats = await getYearStats(await createTestUser("STEERING"), YEAR);
    expect(stats).toMatchObject({
      scenes: 4,
      previousYear: 8,
      complete: false,
      active: 8,
      assessed: 5,
      notYetAssessed: 3,
      ceased: 1, // only the one assessed as no longer an open drug scene
      onTrack: null,
    });
  });

  it("opens the dashboard on the latest complete year and marks the year in progress in the series", async () => {
    const steering = await createTestUser("STEERING");
    expect(await getLatestCompleteYear(steering)).toBe(2025);
    const { series } = await getDashboard(steering, YEAR);
    expect(series).toEqual([
      { year: 2025, scenes: 8, preliminary: false },
      { year: 2026, scenes: 4, preliminary: true },
    ]);
    // A year's report shows the series up to its own year only.
    expect((await getDashboard(steering, 2025)).series.map((p) => p.year)).toEqual([2025]);
  });

  it("becomes complete when the admin closes the round, with the unassessed still apart", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    await succeeds(open(YEAR, "2999-12-31"));
    const round = (await getRound(YEAR))!;
    await succeeds(closeRoundAction({ ok: false }, formData({ year: String(YEAR), version: String(round.version), intent: "close" })));
    expect((await getRound(YEAR))!.closedAt).not.toBeNull();
    const stats = await getYearStats(admin, YEAR);
    expect(stats).toMatchObject({ complete: true, notYetAssessed: 3, ceased: 1, onTrack: true });
    expect(await getLatestCompleteYear(admin)).toBe(YEAR);
    const events = await db.auditEvent.findMany({ where: { entityType: "round", entityId: String(YEAR) }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["round.opened", admin.id],
      ["round.closed", admin.id],
    ]);
  });

  it("lists every scene of the round with who acts next", async () => {
    const scenes = await listRoundScenes(await createTestUser("STEERING"), YEAR);
    expect(scenes).toHaveLength(8);
    expect(scenes.map((s) => s.nextStep)).toEqual([
      "done",
      "municipality",
      "done",
      "municipality",
      "done",
      "analyst",
      "analyst",
      "analyst",
    ]);
    const otherRep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
    expect(await listRoundScenes(otherRep, YEAR)).toEqual([]);
  });
});

describe("the admin's round", () => {
  it("opens once with a deadline, and refuses a second opening of the same year at the field", async () => {
    signInAs(await createTestUser("ADMIN"));
    await succeeds(open(YEAR, "2999-01-31"));
    const again = await open(YEAR, "2999-02-28");
    expect(again.fieldErrors?.year?.[0]).toMatch(/redan öppnad/);
    expect(again.values).toMatchObject({ deadline: "2999-02-28" });
    expect((await getRound(YEAR))!.deadline).toBe("2999-01-31");
  });

  it("refuses a deadline that has passed or is no date, in Swedish at the field, writing nothing", async () => {
    signInAs(await createTestUser("ADMIN"));
    expect((await open(YEAR, "2020-01-01")).fieldErrors?.deadline).toEqual(["Sista dag kan inte ha passerat."]);
    expect((await open(YEAR, "31/12")).fieldErrors?.deadline?.[0]).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(await db.assessmentRound.count()).toBe(0);
  });

  it("extends only with the version the admin saw, and only to a later day", async () => {
    signInAs(await createTestUser("ADMIN"));
    await succeeds(open(YEAR, "2999-01-31"));
    const extend = (version: number, deadline: string) =>
      extendRoundAction({ ok: false }, formData({ year: String(YEAR), version: String(version), deadline }));
    expect((await extend(1, "2999-01-15")).fieldErrors?.deadline?.[0]).toMatch(/senare/);
    await succeeds(extend(1, "2999-03-31"));
    const stale = await extend(1, "2999-06-30");
    expect(stale.formError).toMatch(/Någon annan har ändrat/);
    expect((await getRound(YEAR))!).toMatchObject({ deadline: "2999-03-31", version: 2 });
  });

  it("is the admin's alone: others are refused on the server", async () => {
    for (const role of ["STEERING", "POLICE_ANALYST", "MUNICIPAL_REP"] as const) {
      signInAs(await createTestUser(role, role === "MUNICIPAL_REP" ? { municipalityCode: "0123" } : { policeAreas: ["Järfälla"] }));
      expect((await open(YEAR, "2999-01-31")).formError).toBeDefined();
    }
    expect(await db.assessmentRound.count()).toBe(0);
  });

  it("lets analysts assess next year only once its round is open", async () => {
    const next = currentYear() + 1;
    expect(await getLastAssessableYear()).toBe(currentYear());
    signInAs(await createTestUser("ADMIN"));
    await succeeds(open(next, `${next}-03-31`));
    expect(await getLastAssessableYear()).toBe(next);
  });
});

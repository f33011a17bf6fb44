import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { formatIssue } from "@/lib/indicators/import";
import { importIndicators } from "@/lib/indicators/mutations";
import { listIndicatorsForYear, listSceneIndicators } from "@/lib/indicators/queries";
import { seedDemoScenes } from "@/prisma/seed/demo-scenes";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { saveIndicatorAction } = await import("@/lib/indicators/actions");

const idle = { ok: false };
const redirected = (notice: string) =>
  expect.objectContaining({ digest: expect.stringContaining(`/indikatorer?notice=indicator-${notice}`) });
const cli = { actor: null, comment: "Import från kommandoraden: indikatorer.csv" };

let rinkeby: { id: string };
let cast: Record<"analyst" | "otherAnalyst" | "rep" | "steering" | "admin", SessionUser>;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoScenes(db);
  rinkeby = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
  cast = {
    analyst: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }),
    otherAnalyst: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }),
    rep: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }),
    steering: await createTestUser("STEERING"),
    admin: await createTestUser("ADMIN"),
  };
});

const form = (fields: Record<string, string> = {}) =>
  formData({
    sceneId: rinkeby.id,
    version: "",
    year: "2024",
    indicator: "violent_crimes",
    value: "14",
    source: "Anmälda brott, RAR",
    periodFrom: "",
    periodTo: "",
    sampleSize: "",
    ...fields,
  });

async function tableCounts() {
  return { indicators: await db.sceneIndicator.count(), events: await db.auditEvent.count() };
}

describe("saving an indicator value", () => {
  it("lets an analyst of the scene's LPO enter and correct values, each change audited on the scene", async () => {
    signInAs(cast.analyst);
    await expect(saveIndicatorAction(idle, form())).rejects.toEqual(redirected("saved"));
    await expect(
      saveIndicatorAction(
        idle,
        form({
          indicator: "unsafe_share",
          value: "0,42",
          source: "Trygghetsmätningen",
          periodFrom: "2024-03-01",
          periodTo: "2024-04-30",
          sampleSize: "312",
        }),
      ),
    ).rejects.toEqual(redirected("saved"));
    expect(await listSceneIndicators(rinkeby.id)).toEqual([
      {
        year: 2024,
        indicator: "unsafe_share",
        value: 0.42,
        source: "Trygghetsmätningen",
        periodFrom: "2024-03-01",
        periodTo: "2024-04-30",
        sampleSize: 312,
        version: 1,
      },
      {
        year: 2024,
        indicator: "violent_crimes",
        value: 14,
        source: "Anmälda brott, RAR",
        periodFrom: null,
        periodTo: null,
        sampleSize: null,
        version: 1,
      },
    ]);

    await expect(saveIndicatorAction(idle, form({ version: "1", value: "11" }))).rejects.toEqual(redirected("saved"));
    // The same value again: nothing written, no event.
    await expect(saveIndicatorAction(idle, form({ version: "2", value: "11" }))).rejects.toEqual(redirected("unchanged"));

    const stored = await db.sceneIndicator.findUniqueOrThrow({
      where: { sceneId_year_indicator: { sceneId: rinkeby.id, year: 2024, indicator: "violent_crimes" } },
    });
    expect(stored).toMatchObject({ value: 11, version: 2 });
    const events = await db.auditEvent.findMany({ where: { entityId: rinkeby.id }, orderBy: { id: "asc" } });
    expect(events).toMatchObject([
      {
        type: "indicator.saved",
        entityType: "scene",
        actorId: cast.analyst.id,
        before: null,
        after: { sceneRef: "S-0001", indicator: "violent_crimes", value: 14 },
      },
      {
        type: "indicator.saved",
        before: null,
        after: { indicator: "unsafe_share", value: 0.42, sampleSize: 312, periodFrom: "2024-03-01" },
      },
      { type: "indicator.saved", before: { value: 14 }, after: { value: 11, year: 2024, source: "Anmälda brott, RAR" } },
    ]);
  });

  it("refuses a stale version, and a new value where one exists, keeping the input", async () => {
    signInAs(cast.analyst);
    await expect(saveIndicatorAction(idle, form())).rejects.toEqual(redirected("saved"));
    signInAs(cast.admin);
    await expect(saveIndicatorAction(idle, form({ version: "1", value: "15" }))).rejects.toEqual(redirected("saved"));
    const before = await tableCounts();

    signInAs(cast.analyst);
    const stale = await saveIndicatorAction(idle, form({ version: "1", value: "16" }));
    expect(stale).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Någon annan har ändrat/),
      values: { value: "16", version: "1" },
    });
    const exists = await saveIndicatorAction(idle, form({ value: "17" }));
    expect(exists).toMatchObject({ ok: false, formError: expect.stringMatching(/finns redan ett värde/), values: { value: "17" } });

    expect(await tableCounts()).toEqual(before);
    expect((await listSceneIndicators(rinkeby.id))[0]).toMatchObject({ value: 15, version: 2 });
  });

  it("puts a clear message at each wrong field and keeps what was typed", async () => {
    signInAs(cast.analyst);
    const state = await saveIndicatorAction(
      idle,
      form({ indicator: "unsafe_share", value: "1,5", source: "", sampleSize: "0", periodFrom: "2024-05-01", periodTo: "2024-04-01" }),
    );
    expect(state.fieldErrors).toEqual({
      value: ["Andelen måste vara mellan 0 och 1, t.ex. 0,42 för 42 %."],
      source: ["Ange varifrån värdet kommer."],
      sampleSize: ["Antal svarande måste vara ett heltal större än 0."],
      periodTo: ["Perioden kan inte sluta före den börjar."],
    });
    expect(state.values).toMatchObject({ value: "1,5", periodFrom: "2024-05-01" });
    expect(await db.sceneIndicator.count()).toBe(0);
  });

  it("is refused for steering, a municipal representative, an analyst of another LPO and nobody signed in", async () => {
    for (const user of [cast.steering, cast.rep, cast.otherAnalyst, null]) {
      signInAs(user);
      const state = await saveIndicatorAction(idle, form());
      expect(state).toMatchObject({
        ok: false,
        formError: user ? "Du har inte behörighet." : "Du måste vara inloggad.",
        values: { value: "14" },
      });
    }
    // An unknown scene reads the same as one out of scope.
    signInAs(cast.otherAnalyst);
    expect(await saveIndicatorAction(idle, form({ sceneId: "finns-inte" }))).toMatchObject({ formError: "Du har inte behörighet." });
    expect(await tableCounts()).toEqual({ indicators: 0, events: 0 });
  });
});

describe("the year's values per scene", () => {
  it("lists the scenes in the user's scope followed that year, with their values", async () => {
    await importIndicators("ref,year,indicator,value,source\nS-0001,2024,violent_crimes,9,RAR\nS-0005,2024,detected_crimes,3,RAR\n", cli);
    const jarva = await listIndicatorsForYear(cast.analyst, 2024);
    expect(jarva.map((s) => s.ref)).toEqual(["S-0001", "S-0002", "S-0003"]);
    expect(jarva[0]).toMatchObject({ name: "Rinkeby torg", values: { violent_crimes: { value: 9, source: "RAR", periodFrom: null } } });
    expect(jarva[1]?.values).toEqual({});
    const all = await listIndicatorsForYear(cast.steering, 2024);
    expect(all.find((s) => s.ref === "S-0005")?.values).toEqual({
      detected_crimes: { value: 3, source: "RAR", periodFrom: null, periodTo: null, sampleSize: null },
    });
  });
});

describe("the CSV import", () => {
  const good = [
    "ref;year;indicator;value;source;period_from;period_to;sample_size",
    "S-0001;2023;violent_crimes;21;Anmälda brott, RAR;2023-01-01;2023-12-31;",
    "S-0001;2024;violent_crimes;14;Anmälda brott, RAR;;;",
    "S-0005;2024;unsafe_share;0,38;Polisens trygghetsmätning;;;410",
  ].join("\r\n");

  it("refuses a file with bad lines, naming each, and writes nothing", async () => {
    const bad = [
      "ref,year,indicator,value,source",
      "S-0001,2024,violent_crimes,14,RAR",
      "S-0099,2024,violent_crimes,3,RAR",
      "S-0001,2024,detected_crimes,många,RAR",
      "S-0005,2024,unsafe_share,1.3,Enkät",
    ].join("\n");
    const result = await importIndicators(bad, cli);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      "rad 3 (ref): Okänd plats ”S-0099”.",
      "rad 4 (value): Värdet måste vara ett tal, t.ex. 12 eller 0,42.",
      "rad 5 (value): Andelen måste vara mellan 0 och 1, t.ex. 0,42 för 42 %.",
    ]);
    expect(await tableCounts()).toEqual({ indicators: 0, events: 0 });
  });

  it("imports a good file with audit events, and importing it again changes nothing", async () => {
    expect(await importIndicators(`\uFEFF${good}`, cli)).toEqual({ ok: true, summary: { created: 3, updated: 0, unchanged: 0 } });
    const jakobsberg = await db.scene.findUniqueOrThrow({ where: { ref: "S-0005" } });
    expect(await listSceneIndicators(jakobsberg.id)).toEqual([
      {
        year: 2024,
        indicator: "unsafe_share",
        value: 0.38,
        source: "Polisens trygghetsmätning",
        periodFrom: null,
        periodTo: null,
        sampleSize: 410,
        version: 1,
      },
    ]);
    const events = await db.auditEvent.groupBy({ by: ["type", "entityType", "actorId", "comment"], _count: true });
    expect(events).toEqual([
      { type: "indicator.imported", entityType: "scene", actorId: null, comment: "Import från kommandoraden: indikatorer.csv", _count: 3 },
    ]);

    const before = await tableCounts();
    const stored = await db.sceneIndicator.findMany({ orderBy: { id: "asc" } });
    expect(await importIndicators(good, cli)).toEqual({ ok: true, summary: { created: 0, updated: 0, unchanged: 3 } });
    expect(await tableCounts()).toEqual(before);
    expect(await db.sceneIndicator.findMany({ orderBy: { id: "asc" } })).toEqual(stored);
  });

  it("replaces an earlier value with a later one for the same scene, year and indicator", async () => {
    await importIndicators(good, cli);
    // The source holds a comma: quoted in a comma-separated file.
    const later = 'ref,year,indicator,value,source\nS-0001,2024,violent_crimes,12,"Anmälda brott, RAR (rättad)"\n';
    expect(await importIndicators(later, cli)).toEqual({ ok: true, summary: { created: 0, updated: 1, unchanged: 0 } });
    const row = await db.sceneIndicator.findUniqueOrThrow({
      where: { sceneId_year_indicator: { sceneId: rinkeby.id, year: 2024, indicator: "violent_crimes" } },
    });
    expect(row).toMatchObject({ value: 12, source: "Anmälda brott, RAR (rättad)", version: 2 });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({
      type: "indicator.imported",
      before: { value: 14, source: "Anmälda brott, RAR" },
      after: { value: 12, source: "Anmälda brott, RAR (rättad)" },
    });
    // The form then corrects from the imported version.
    signInAs(cast.analyst);
    await expect(saveIndicatorAction(idle, form({ version: "2", value: "13" }))).rejects.toEqual(redirected("saved"));
  });
});

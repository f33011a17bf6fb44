import { beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { seedDemoScenes } from "@/prisma/seed/demo-scenes";
import { createTestUser, currentUser, formData, getPoliceAreaId, resetDatabase, signInAs } from "./helpers";
import { readCsv } from "../support/csv";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createInterventionAction, updateInterventionAction, evaluateInterventionAction } = await import("@/lib/interventions/actions");
const { createIntervention } = await import("@/lib/interventions/mutations");

/** Registers an intervention as an analyst of the scene's LPO would (the mutation checks who writes). */
async function registerIntervention(input: Parameters<typeof createIntervention>[2]) {
  const scene = await db.scene.findUniqueOrThrow({ where: { id: input.sceneId }, include: { policeArea: true } });
  const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: [scene.policeArea.name] });
  return createIntervention(analyst, scene, input);
}
const { listInterventions, listSceneInterventions } = await import("@/lib/interventions/queries");
const { GET: getCsv } = await import("@/app/api/v1/exports/interventions.csv/route");
const { GET: getXlsx } = await import("@/app/api/v1/exports/interventions.xlsx/route");

// The demo scenes: S-0001 Rinkeby torg and S-0002 Tensta centrum (Stockholm 0180, LPO Järva),
// S-0005 Jakobsbergs centrum (Järfälla 0123, LPO Järfälla), S-0007 Medborgarplatsen (0180, Södermalm).

const idle = { ok: false };
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(path) });

const sceneId = async (ref: string) => (await db.scene.findUniqueOrThrow({ where: { ref } })).id;

const fields = {
  type: "police_presence",
  actor: "police",
  startDate: "2024-03-01",
  endDate: "",
  description: "Förstärkt närvaro kvällstid.",
};

beforeEach(async () => {
  await resetDatabase();
  await seedDemoScenes(db);
});

describe("registering and evaluating", () => {
  it("lets the LPO's analyst register and the municipality's representative change and evaluate, each audited", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(analyst);
    const rinkeby = await sceneId("S-0001");
    await expect(createInterventionAction(idle, formData({ ...fields, sceneId: rinkeby }))).rejects.toEqual(
      redirectTo("/platser/S-0001/insatser?notice=intervention-created"),
    );
    const created = await db.intervention.findFirstOrThrow({ where: { sceneId: rinkeby } });
    expect(created).toMatchObject({ type: "police_presence", actor: "police", endDate: null, effect: null, version: 1 });

    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
    signInAs(rep);
    const change = { ...fields, id: created.id, version: "1", actor: "municipality", endDate: "2024-06-30" };
    await expect(updateInterventionAction(idle, formData(change))).rejects.toEqual(
      redirectTo("/platser/S-0001/insatser?notice=intervention-updated"),
    );
    const evaluation = { id: created.id, version: "2", effect: "positive", evaluation: "Färre larm under perioden." };
    await expect(evaluateInterventionAction(idle, formData(evaluation))).rejects.toEqual(
      redirectTo("/platser/S-0001/insatser?notice=intervention-evaluated"),
    );

    const [row] = await listSceneInterventions(rinkeby);
    expect(row).toMatchObject({
      actor: "municipality",
      startDate: "2024-03-01",
      endDate: "2024-06-30",
      effect: "positive",
      evaluation: "Färre larm under perioden.",
      version: 3,
    });
    expect(row?.evaluatedAt).toBeInstanceOf(Date);
    const events = await db.auditEvent.findMany({ where: { entityType: "intervention", entityId: created.id }, orderBy: { id: "asc" } });
    expect(events).toMatchObject([
      {
        type: "intervention.created",
        actorId: analyst.id,
        before: null,
        after: { sceneRef: "S-0001", startDate: "2024-03-01", endDate: null },
      },
      {
        type: "intervention.updated",
        actorId: rep.id,
        before: { actor: "police", endDate: null },
        after: { actor: "municipality", endDate: "2024-06-30" },
      },
      {
        type: "intervention.evaluated",
        actorId: rep.id,
        before: { effect: null },
        after: { effect: "positive", evaluation: "Färre larm under perioden." },
      },
    ]);
  });

  it("lets Järfälla's representative register and its LPO's analyst evaluate at Jakobsbergs centrum", async () => {
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }));
    const jakobsberg = await sceneId("S-0005");
    await expect(
      createInterventionAction(idle, formData({ ...fields, sceneId: jakobsberg, type: "social_outreach", actor: "municipality" })),
    ).rejects.toEqual(redirectTo("/platser/S-0005/insatser"));
    const { id } = await db.intervention.findFirstOrThrow({ where: { sceneId: jakobsberg } });
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }));
    await expect(
      evaluateInterventionAction(idle, formData({ id, version: "1", effect: "unclear", evaluation: "För tidigt att säga." })),
    ).rejects.toEqual(redirectTo("notice=intervention-evaluated"));
    expect(await db.intervention.findUniqueOrThrow({ where: { id } })).toMatchObject({ effect: "unclear", version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });

  it("answers a stale version with a conflict and the user's input, overwriting nothing", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const created = await registerIntervention({
      ...fields,
      sceneId: await sceneId("S-0001"),
      type: "drug_controls",
      actor: "police",
      endDate: null,
    });
    if (!created.ok) throw new Error("not created");
    const { id } = created.value;
    await updateInterventionAction(idle, formData({ ...fields, id, version: "1", description: "Först" })).catch(() => undefined);

    const stale = await updateInterventionAction(idle, formData({ ...fields, id, version: "1", description: "Sedan" }));
    expect(stale).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Någon annan har ändrat/),
      values: { description: "Sedan", version: "1" },
    });
    const staleEvaluation = await evaluateInterventionAction(
      idle,
      formData({ id, version: "1", effect: "none", evaluation: "Ingen skillnad." }),
    );
    expect(staleEvaluation).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Någon annan har ändrat/),
      values: { evaluation: "Ingen skillnad." },
    });
    expect(await db.intervention.findUniqueOrThrow({ where: { id } })).toMatchObject({ description: "Först", effect: null, version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });

  it("gives the field's error and keeps what was typed", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const state = await createInterventionAction(idle, formData({ ...fields, sceneId: await sceneId("S-0001"), endDate: "2024-02-01" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { endDate: ["Slutdatum kan inte ligga före startdatum."] },
      values: { endDate: "2024-02-01" },
    });
    expect(await db.intervention.count()).toBe(0);
  });
});

describe("who may not", () => {
  async function existing() {
    const created = await registerIntervention({
      ...fields,
      sceneId: await sceneId("S-0001"),
      type: "police_presence",
      actor: "police",
      endDate: null,
    });
    if (!created.ok) throw new Error("not created");
    return created.value.id;
  }

  it.each([
    ["STEERING", {}],
    ["ADMIN", {}],
    ["POLICE_ANALYST", { policeAreas: ["Järfälla"] }],
    ["MUNICIPAL_REP", { municipalityCode: "0123" }],
  ] as const)("refuses every action to a %s outside Rinkeby torg's LPO and municipality, writing nothing", async (role, scope) => {
    const id = await existing();
    const before = await db.intervention.findUniqueOrThrow({ where: { id } });
    signInAs(await createTestUser(role, scope));
    const refused = { ok: false, formError: "Du har inte behörighet." };
    expect(await createInterventionAction(idle, formData({ ...fields, sceneId: before.sceneId }))).toMatchObject({
      ...refused,
      values: { description: fields.description },
    });
    expect(await updateInterventionAction(idle, formData({ ...fields, id, version: "1", description: "Kapad" }))).toMatchObject(refused);
    expect(await evaluateInterventionAction(idle, formData({ id, version: "1", effect: "negative", evaluation: "Kapad" }))).toMatchObject(
      refused,
    );
    expect(await db.intervention.findMany()).toEqual([before]);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("refuses a visitor who is not signed in", async () => {
    const id = await existing();
    signInAs(null);
    expect(await evaluateInterventionAction(idle, formData({ id, version: "1", effect: "negative", evaluation: "x" }))).toMatchObject({
      formError: "Du måste vara inloggad.",
    });
    expect((await db.intervention.findUniqueOrThrow({ where: { id } })).effect).toBeNull();
  });
});

/** Four interventions: A at S-0001 in 2023, B at S-0002 since 2024, C at S-0005 2022–1 Jan 2024, D at S-0007 in 2025. */
async function seedInterventions() {
  const add = async (ref: string, type: string, actor: string, startDate: string, endDate: string | null, description: string) => {
    const result = await registerIntervention({
      sceneId: await sceneId(ref),
      type: type as "other",
      actor: actor as "police",
      startDate,
      endDate,
      description,
    });
    if (!result.ok) throw new Error("not created");
  };
  await add("S-0001", "police_presence", "police", "2023-05-01", "2023-12-31", "A");
  await add("S-0002", "social_outreach", "municipality", "2024-01-15", null, "B");
  await add("S-0005", "drug_controls", "police", "2022-06-01", "2024-01-01", "C");
  await add("S-0007", "camera_surveillance", "municipality", "2025-02-01", "2025-06-30", 'Kameror vid "torget"; två st.');
}

describe("listInterventions", () => {
  let steering: SessionUser;
  const descriptions = async (user: SessionUser, filters: Record<string, unknown> = {}) =>
    (await listInterventions(user, { page: 1, ...filters })).rows.map((r) => r.description.slice(0, 1));

  beforeEach(async () => {
    await seedInterventions();
    steering = await createTestUser("STEERING");
  });

  it("lists every intervention for the steering group, latest start first, with where its scene lies", async () => {
    const { total, pages, rows } = await listInterventions(steering, { page: 1 });
    expect({ total, pages }).toEqual({ total: 4, pages: 1 });
    expect(rows.map((r) => r.description.slice(0, 1))).toEqual(["K", "B", "A", "C"]);
    expect(rows[3]).toMatchObject({
      sceneRef: "S-0005",
      sceneName: "Jakobsbergs centrum",
      municipalityCode: "0123",
      municipalityName: "Järfälla",
      policeAreaName: "Järfälla",
      startDate: "2022-06-01",
      endDate: "2024-01-01",
    });
    expect((await listInterventions(steering, { page: 2 })).rows).toEqual([]);
  });

  it("filters by type, actor, municipality and LPO", async () => {
    expect(await descriptions(steering, { type: "police_presence" })).toEqual(["A"]);
    expect(await descriptions(steering, { actor: "municipality" })).toEqual(["K", "B"]);
    expect(await descriptions(steering, { municipality: "0123" })).toEqual(["C"]);
    expect(await descriptions(steering, { policeArea: await getPoliceAreaId("Södermalm") })).toEqual(["K"]);
    expect(await descriptions(steering, { actor: "police", municipality: "0180" })).toEqual(["A"]);
  });

  it("keeps by year the interventions active at some time during it, ongoing ones included", async () => {
    expect(await descriptions(steering, { year: 2022 })).toEqual(["C"]);
    expect(await descriptions(steering, { year: 2023 })).toEqual(["A", "C"]);
    expect(await descriptions(steering, { year: 2024 })).toEqual(["B", "C"]);
    expect(await descriptions(steering, { year: 2026 })).toEqual(["B"]);
    expect(await descriptions(steering, { year: 2021 })).toEqual([]);
  });

  it("shows each user only the scenes of their scope", async () => {
    expect(await descriptions(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }))).toEqual(["B", "A"]);
    expect(await descriptions(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }))).toEqual(["C"]);
    expect(await descriptions(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }))).toEqual(["K", "B", "A"]);
    expect(await descriptions(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }), { municipality: "0123" })).toEqual([]);
    expect(await descriptions(await createTestUser("ADMIN"))).toHaveLength(4);
  });
});

const request = (path: string) => new Request(`http://localhost${path}`);

describe("GET /api/v1/exports/interventions.csv and .xlsx", () => {
  beforeEach(seedInterventions);

  it("writes one CSV row per intervention under a header, codes beside labels", async () => {
    signInAs(await createTestUser("STEERING"));
    const response = await getCsv(request("/api/v1/exports/interventions.csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="interventions.csv"');
    const { header, rows } = await readCsv(response);
    expect(header).toEqual([
      "id",
      "sceneRef",
      "sceneName",
      "municipalityCode",
      "municipalityName",
      "policeArea",
      "type",
      "type (text)",
      "actor",
      "actor (text)",
      "startDate",
      "endDate",
      "description",
      "effect",
      "effect (text)",
      "evaluation",
      "evaluatedAt",
    ]);
    expect(rows.map((r) => r.sceneRef)).toEqual(["S-0007", "S-0002", "S-0001", "S-0005"]);
    expect(rows[0]).toMatchObject({
      description: 'Kameror vid "torget"; två st.',
      type: "camera_surveillance",
      "type (text)": "Kamerabevakning",
      policeArea: "Södermalm",
    });
    expect(rows[3]).toMatchObject({
      sceneName: "Jakobsbergs centrum",
      municipalityCode: "0123",
      actor: "police",
      "actor (text)": "Polisen",
      startDate: "2022-06-01",
      endDate: "2024-01-01",
      effect: "",
    });
  });

  it("takes the page's filters as query parameters, and keeps to the caller's scope", async () => {
    signInAs(await createTestUser("STEERING"));
    const { rows } = await readCsv(await getCsv(request("/api/v1/exports/interventions.csv?ar=2023&actor=police")));
    expect(rows.map((r) => r.sceneRef)).toEqual(["S-0001", "S-0005"]);
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }));
    expect((await readCsv(await getCsv(request("/api/v1/exports/interventions.csv")))).rows.map((r) => r.sceneRef)).toEqual(["S-0005"]);
  });

  it("answers 401 to nobody and 400 to a filter it cannot read", async () => {
    signInAs(null);
    expect((await getCsv(request("/api/v1/exports/interventions.csv"))).status).toBe(401);
    signInAs(await createTestUser("STEERING"));
    const bad = await getCsv(request("/api/v1/exports/interventions.csv?ar=20x4"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "Ogiltigt värde för filtret ar." });
  });

  it("writes the same table as a workbook that parses back", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const response = await getXlsx(request("/api/v1/exports/interventions.xlsx?ar=2024"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["id", "sceneRef", "sceneName"]);
    expect(sheet.rowCount).toBe(2);
    const cell = (key: string) => sheet.getRow(2).getCell(header.indexOf(key) + 1).value;
    expect([cell("sceneRef"), cell("type (text)"), cell("startDate"), cell("endDate")]).toEqual([
      "S-0002",
      "Uppsökande socialt arbete",
      "2024-01-15",
      null,
    ]);
  });
});

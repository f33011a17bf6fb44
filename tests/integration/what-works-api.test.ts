import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { WhatWorks } from "@/lib/what-works/schemas";
import { currentUser, signInAs } from "./helpers";
import { tokenInput } from "./token-fixtures";
import { seedWhatWorksCases } from "./what-works-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { getWhatWorks } = await import("@/lib/what-works/queries");
const { createToken } = await import("@/lib/tokens/mutations");
const { GET: getJson } = await import("@/app/api/v1/what-works/route");
const { GET: getCsv } = await import("@/app/api/v1/exports/what-works.csv/route");
const { GET: getXlsx } = await import("@/app/api/v1/exports/what-works.xlsx/route");

// GET /api/v1/what-works and its CSV and XLSX over the hand-made cases of ./what-works-fixtures.ts.

const READ_TYPES = ["api.read", "export.downloaded"];
const TOO_FEW = "för få platser för att dra slutsatser";

const at = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);
const readEvents = () => db.auditEvent.findMany({ where: { type: { in: READ_TYPES } }, orderBy: { id: "asc" } });
const groups = (result: WhatWorks) => ({
  byType: result.byType.map((r) => r.key),
  byActor: result.byActor.map((r) => r.key),
  byActors: result.byActors.map((r) => r.key),
});

let steering: SessionUser;
let jarfallaRep: SessionUser;

beforeAll(async () => {
  ({ steering, jarfallaRep } = await seedWhatWorksCases());
});

beforeEach(async () => {
  await db.auditEvent.deleteMany({ where: { type: { in: READ_TYPES } } });
});

describe("GET /api/v1/what-works", () => {
  it("answers the steering group with what getWhatWorks computes, uncached", async () => {
    signInAs(steering);
    const response = await getJson(at("/api/v1/what-works"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = (await response.json()) as WhatWorks;
    expect(body).toEqual(await getWhatWorks(steering, { from: null, to: null }));
    expect(groups(body)).toEqual({
      byType: ["situational_prevention", "police_presence"],
      byActor: ["municipality", "police", "property_owner"],
      byActors: ["municipality+police"],
    });
  });

  it("keeps to the start years asked for, and says which", async () => {
    signInAs(steering);
    const body = (await (await getJson(at("/api/v1/what-works?fran=2024&till=2025"))).json()) as WhatWorks;
    expect(body).toMatchObject({ from: 2024, to: 2025, minScenes: 5 });
    expect(body.byType.map((r) => [r.key, r.interventions])).toEqual([["situational_prevention", 1]]);
  });

  it("shows a municipal representative only their municipality's groups", async () => {
    signInAs(jarfallaRep);
    const body = (await (await getJson(at("/api/v1/what-works"))).json()) as WhatWorks;
    expect(groups(body)).toEqual({ byType: ["situational_prevention"], byActor: ["property_owner"], byActors: [] });
    expect(body.byType[0]).toMatchObject({ interventions: 1, scenes: 1 });
    expect(body.byType[0]?.measures[0]).toMatchObject({ treated: { scenes: 1 }, comparison: { scenes: 2 } });
  });

  it("records the read with the start years and the groups sent", async () => {
    signInAs(steering);
    const body = (await (await getJson(at("/api/v1/what-works?fran=2023"))).json()) as WhatWorks;
    const events = await readEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "api.read",
      entityType: "api",
      entityId: "what-works",
      actorId: steering.id,
      after: {
        year: null,
        filters: { from: "2023" },
        rows: body.byType.length + body.byActor.length + body.byActors.length,
        via: "session",
      },
    });
  });

  it("refuses a start year it cannot read, or a range that ends before it starts, with a Swedish message and nothing on record", async () => {
    signInAs(steering);
    const bad = await getJson(at("/api/v1/what-works?fran=20x4"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "Ange ett giltigt startår (ÅÅÅÅ) i fran." });
    const reversed = await getCsv(at("/api/v1/exports/what-works.csv?fran=2025&till=2023"));
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toEqual({ error: "Startåret i fran ligger efter startåret i till." });
    expect((await getXlsx(at("/api/v1/exports/what-works.xlsx?till=1999"))).status).toBe(400);
    expect(await readEvents()).toEqual([]);
  });
});

describe("a personal access token", () => {
  async function tokenFor(user: SessionUser, scope: "STATS" | "STATS_AND_EXPORTS") {
    const created = await createToken(null, user.id, tokenInput(`Power BI ${scope}`, scope));
    if (!created.ok) throw new Error("the token was not created");
    return { headers: { Authorization: `Bearer ${created.value.token}` } };
  }

  it("with statistics only reads the JSON but not the exports", async () => {
    signInAs(null);
    const token = await tokenFor(steering, "STATS");
    const json = await getJson(at("/api/v1/what-works", token));
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual(await getWhatWorks(steering, { from: null, to: null }));
    for (const refused of [
      await getCsv(at("/api/v1/exports/what-works.csv", token)),
      await getXlsx(at("/api/v1/exports/what-works.xlsx", token)),
    ]) {
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: "Åtkomsttoken har behörigheten ”Endast statistik” och får inte hämta detta." });
    }
    expect((await readEvents()).map((e) => [e.entityId, (e.after as { via: string }).via])).toEqual([["what-works", "token"]]);
  });

  it("with statistics and exports reads the files too", async () => {
    signInAs(null);
    const token = await tokenFor(jarfallaRep, "STATS_AND_EXPORTS");
    expect((await getCsv(at("/api/v1/exports/what-works.csv", token))).status).toBe(200);
    expect((await getXlsx(at("/api/v1/exports/what-works.xlsx", token))).status).toBe(200);
  });

  it("is refused without a session or token", async () => {
    signInAs(null);
    expect((await getJson(at("/api/v1/what-works"))).status).toBe(401);
    expect((await getCsv(at("/api/v1/exports/what-works.csv"))).status).toBe(401);
  });
});

describe("GET /api/v1/exports/what-works.csv", () => {
  it("writes a row per group and measure, for Swedish Excel", async () => {
    signInAs(steering);
    const response = await getCsv(at("/api/v1/exports/what-works.csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="what-works.csv"');
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .slice(0, -1);
    expect(lines[0]).toBe(
      "Indelning;Grupp;Insatser;Platser;Mått;Före;Efter;Förändring;Platser (insats);Jämförelse före;Jämförelse efter;" +
        "Jämförelse förändring;Platser (jämförelse);Skillnad;Anmärkning;Positiv effekt;Ingen märkbar effekt;Negativ effekt;Oklar effekt;Ej utvärderade",
    );
    // 2 types, 3 actors and 1 combination, each with four measures and the ceased share.
    expect(lines).toHaveLength(1 + 6 * 5);
    const group = "Insatstyp;Situationell prevention (belysning, ombyggnad);4;4";
    const effects = "1;1;1;0;1";
    expect(lines.slice(1, 6)).toEqual([
      `${group};Anmälda våldsbrott;10;4;-6;3;10;10;0;5;-6;${TOO_FEW};${effects}`,
      `${group};Upptäcksbrott;;;;0;;;;0;;${TOO_FEW};${effects}`,
      `${group};Andel otrygga;;;;0;;;;0;;${TOO_FEW};${effects}`,
      `${group};Andel platser med polisiära åtgärder;0,167;0,333;0,167;3;0;0;0;5;0,167;${TOO_FEW};${effects}`,
      `${group};Andel platser som upphört två år senare;;;0;3;;;0,2;5;-0,2;${TOO_FEW};${effects}`,
    ]);
    expect(lines.filter((line) => line.startsWith("Kombination av aktörer;"))[0]).toMatch(
      /^Kombination av aktörer;Kommunen \+ Polisen;2;1;Anmälda våldsbrott;10;4;-6;1;10;9,75;-0,25;8;-5,75;/,
    );
    const [event] = await readEvents();
    expect(event).toMatchObject({ type: "export.downloaded", entityId: "what-works.csv", after: { rows: 30, filters: {} } });
  });
});

describe("GET /api/v1/exports/what-works.xlsx", () => {
  it("holds the same table with typed cells, a sheet naming the columns and one naming the start years", async () => {
    signInAs(steering);
    const response = await getXlsx(at("/api/v1/exports/what-works.xlsx?fran=2023&till=2025"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="what-works-fran-2023-till-2025.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Vad fungerar", "Kolumner", "Om siffrorna"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Insatstyp",
      "Situationell prevention (belysning, ombyggnad)",
      4,
      4,
      "Anmälda våldsbrott",
      10,
      4,
      -6,
      3,
      10,
      10,
      0,
      5,
      -6,
      TOO_FEW,
      1,
      1,
      1,
      0,
      1,
    ]);
    expect(sheet.actualRowCount).toBe(1 + 6 * 5);
    expect(workbook.getWorksheet("Kolumner")!.getRow(15).values).toEqual([
      undefined,
      "Skillnad",
      expect.stringContaining("Förändring − Jämförelse"),
    ]);
    expect(workbook.getWorksheet("Om siffrorna")!.getRow(1).values).toEqual([undefined, "Insatser med startår 2023–2025."]);
    const [event] = await readEvents();
    expect(event).toMatchObject({ entityId: "what-works.xlsx", after: { year: null, filters: { from: "2023", to: "2025" }, rows: 30 } });
  });
});

import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/tokens/token";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET: getStats } = await import("@/app/api/v1/stats/[year]/route");
const { GET: getIndicators } = await import("@/app/api/v1/indicators/[year]/route");
const { GET: getGeoJson } = await import("@/app/api/v1/scenes.geojson/route");
const { GET: getSceneFile } = await import("@/app/api/v1/exports/scenes/[file]/route");
const { GET: getInterventionsCsv } = await import("@/app/api/v1/exports/interventions.csv/route");
const { GET: getInterventionsXlsx } = await import("@/app/api/v1/exports/interventions.xlsx/route");
const { GET: getMapScenes } = await import("@/app/api/map/scenes/[year]/route");
const { GET: getWhatWorks } = await import("@/app/api/v1/what-works/route");
const { GET: getWhatWorksCsv } = await import("@/app/api/v1/exports/what-works.csv/route");
const { GET: getWhatWorksXlsx } = await import("@/app/api/v1/exports/what-works.xlsx/route");

// Everything read out of the system is on record: each route that hands out data, called with a
// session and with a token, leaves exactly one event with the rows it sent and how it was asked.
// The audit log's own CSV (session only) is tested in audit-csv.test.ts.

const READ_TYPES = ["export.downloaded", "api.read"];

/** The rows of a CSV body after its header (none of these exports puts a line break in a cell). */
async function csvRows(response: Response): Promise<number> {
  const lines = (await response.text()).split("\r\n").filter((line) => line !== "");
  return lines.length - 1;
}

async function xlsxRows(response: Response): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!.actualRowCount - 1;
}

type Case = {
  /** The route file, relative to the repository: every data route must have a case. */
  file: string;
  call: (init: RequestInit) => Promise<Response>;
  event: { type: string; entityType: string; entityId: string; year: number | null; filters: Record<string, string> };
  /** The rows the response itself holds, counted from its body. */
  rows: (response: Response) => Promise<number>;
  /** A route for the app's own pages, which takes no token (the dashboard map's scenes). */
  sessionOnly?: boolean;
};

const at = (path: string, init: RequestInit) => new Request(`http://localhost${path}`, init);
const api = (entityId: string, year: number | null, filters: Record<string, string> = {}) => ({
  type: "api.read",
  entityType: "api",
  entityId,
  year,
  filters,
});
const exported = (entityId: string, year: number | null, filters: Record<string, string> = {}) => ({
  type: "export.downloaded",
  entityType: "export",
  entityId,
  year,
  filters,
});

const cases: Case[] = [
  {
    file: "app/api/v1/stats/[year]/route.ts",
    call: (init) => getStats(at("/api/v1/stats/2025", init), { params: Promise.resolve({ year: "2025" }) }),
    event: api("stats", 2025),
    rows: async (response) => {
      const body = await response.json();
      return body.byMunicipality.length + body.byPoliceArea.length + body.byDistrict.length;
    },
  },
  {
    file: "app/api/v1/stats/[year]/route.ts",
    call: (init) => getStats(at("/api/v1/stats/2025.csv", init), { params: Promise.resolve({ year: "2025.csv" }) }),
    event: api("stats.csv", 2025),
    rows: csvRows,
  },
  {
    file: "app/api/v1/indicators/[year]/route.ts",
    call: (init) => getIndicators(at("/api/v1/indicators/2025", init), { params: Promise.resolve({ year: "2025" }) }),
    event: api("indicators", 2025),
    rows: async (response) => (await response.json()).scenes.length,
  },
  {
    file: "app/api/v1/scenes.geojson/route.ts",
    call: (init) => getGeoJson(at("/api/v1/scenes.geojson?ar=2024", init)),
    event: exported("scenes.geojson", 2024),
    rows: async (response) => (await response.json()).features.length,
  },
  {
    file: "app/api/v1/exports/scenes/[file]/route.ts",
    call: (init) =>
      getSceneFile(at("/api/v1/exports/scenes/scenes-2024.csv", init), { params: Promise.resolve({ file: "scenes-2024.csv" }) }),
    event: exported("scenes.csv", 2024),
    rows: csvRows,
  },
  {
    file: "app/api/v1/exports/scenes/[file]/route.ts",
    call: (init) =>
      getSceneFile(at("/api/v1/exports/scenes/scenes-2024.xlsx", init), { params: Promise.resolve({ file: "scenes-2024.xlsx" }) }),
    event: exported("scenes.xlsx", 2024),
    rows: xlsxRows,
  },
  {
    file: "app/api/v1/exports/interventions.csv/route.ts",
    call: (init) => getInterventionsCsv(at("/api/v1/exports/interventions.csv?municipality=0180&actor=police", init)),
    event: exported("interventions.csv", null, { municipality: "0180", interventionActor: "police" }),
    rows: csvRows,
  },
  {
    file: "app/api/v1/exports/interventions.xlsx/route.ts",
    call: (init) => getInterventionsXlsx(at("/api/v1/exports/interventions.xlsx?ar=2024", init)),
    event: exported("interventions.xlsx", 2024),
    rows: xlsxRows,
  },
  {
    file: "app/api/v1/what-works/route.ts",
    call: (init) => getWhatWorks(at("/api/v1/what-works?fran=2022", init)),
    event: api("what-works", null, { from: "2022" }),
    rows: async (response) => {
      const body = await response.json();
      return body.byType.length + body.byActor.length + body.byActors.length;
    },
  },
  {
    file: "app/api/v1/exports/what-works.csv/route.ts",
    call: (init) => getWhatWorksCsv(at("/api/v1/exports/what-works.csv?till=2025", init)),
    event: exported("what-works.csv", null, { to: "2025" }),
    rows: csvRows,
  },
  {
    file: "app/api/v1/exports/what-works.xlsx/route.ts",
    call: (init) => getWhatWorksXlsx(at("/api/v1/exports/what-works.xlsx", init)),
    event: exported("what-works.xlsx", null),
    rows: xlsxRows,
  },
  {
    file: "app/api/map/scenes/[year]/route.ts",
    call: (init) => getMapScenes(at("/api/map/scenes/2024", init), { params: Promise.resolve({ year: "2024" }) }),
    event: api("map.scenes", 2024),
    rows: async (response) => (await response.json()).length,
    sessionOnly: true,
  },
];

/** Every route handler that can hand out data: the API's and any download among the pages. */
function listDataRoutes(): string[] {
  const root = process.cwd();
  const found = (dir: string) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => relative(root, join(root, dir, file)));
  return [...found("app/api"), ...found("app/(app)")].sort();
}

let steering: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
  steering = await createTestUser("STEERING");
  admin = await createTestUser("ADMIN");
}, 120_000);

beforeEach(async () => {
  await db.auditEvent.deleteMany({ where: { type: { in: READ_TYPES } } });
});

async function newToken(user: SessionUser, name: string) {
  const token = generateToken();
  const created = await db.personalAccessToken.create({
    // Both scopes, so that the exports are open to it once tokens are limited by scope.
    data: { userId: user.id, name, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000), scope: "STATS_AND_EXPORTS" },
  });
  return { id: created.id, authorization: `Bearer ${token}` };
}

const readEvents = () => db.auditEvent.findMany({ where: { type: { in: READ_TYPES } }, orderBy: { id: "asc" } });

describe("every data route", () => {
  it("is in this test: a new route that hands out data must be shown to leave its event", () => {
    // Routes that hand out no case data: opening a notification marks it read and redirects to its
    // page; sign-in, the health checks and the metrics; the place at a point and the maps' boundaries (reference
    // data only); the dashboard's page cache (the page, as every page, is not an export).
    const noData = [
      "app/(app)/notiser/[id]/route.ts",
      "app/api/auth/[...nextauth]/route.ts",
      "app/api/health/ready/route.ts",
      "app/api/health/route.ts",
      "app/api/indelning/route.ts",
      "app/api/map/boundaries/route.ts",
      "app/api/metrics/route.ts",
      "app/api/page-cache/oversikt/route.ts",
    ];
    expect(listDataRoutes().filter((file) => !noData.includes(file))).toEqual(
      [...new Set([...cases.map((c) => c.file), "app/(app)/admin/logg/export.csv/route.ts"])].sort(),
    );
  });
});

describe.each(cases)("$event.entityId", ({ call, event, rows, sessionOnly = false }) => {
  it("leaves one event with the rows it sent, for a session", async () => {
    signInAs(steering);
    const response = await call({});
    expect(response.status).toBe(200);
    const sent = await rows(response);
    expect(sent).toBeGreaterThan(0);
    const events = await readEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: event.type,
      entityType: event.entityType,
      entityId: event.entityId,
      actorId: steering.id,
      actorEmail: steering.email,
      before: null,
      after: { year: event.year, filters: event.filters, rows: sent, via: "session" },
    });
    expect(events[0]!.after).not.toHaveProperty("tokenId");
  });

  it.skipIf(sessionOnly)("leaves one event naming the token, for a token", async () => {
    signInAs(admin); // the token wins over any session
    const token = await newToken(steering, "Power BI");
    const response = await call({ headers: { Authorization: token.authorization } });
    expect(response.status).toBe(200);
    const sent = await rows(response);
    const events = await readEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: event.type,
      entityId: event.entityId,
      actorId: steering.id,
      after: { year: event.year, filters: event.filters, rows: sent, via: "token", tokenId: token.id },
    });
  });

  it("leaves nothing when it refuses", async () => {
    signInAs(null);
    expect((await call({})).status).toBe(401);
    if (!sessionOnly) expect((await call({ headers: { Authorization: "Bearer ods_wrong" } })).status).toBe(401);
    expect(await readEvents()).toEqual([]);
  });
});

describe("the rows on record", () => {
  it("are the rows in the caller's scope, not all there are", async () => {
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }));
    const scoped = await getSceneFile(at("/api/v1/exports/scenes/scenes-2024.csv", {}), {
      params: Promise.resolve({ file: "scenes-2024.csv" }),
    });
    const scopedRows = await csvRows(scoped);
    signInAs(steering);
    const all = await getSceneFile(at("/api/v1/exports/scenes/scenes-2024.csv", {}), {
      params: Promise.resolve({ file: "scenes-2024.csv" }),
    });
    const allRows = await csvRows(all);
    expect(scopedRows).toBeGreaterThan(0);
    expect(allRows).toBeGreaterThan(scopedRows);
    expect((await readEvents()).map((e) => (e.after as { rows: number }).rows)).toEqual([scopedRows, allRows]);
  });

  it("leave nothing for a bad year", async () => {
    signInAs(steering);
    expect((await getStats(at("/api/v1/stats/20x4", {}), { params: Promise.resolve({ year: "20x4" }) })).status).toBe(400);
    expect((await getWhatWorks(at("/api/v1/what-works?fran=20x4", {}))).status).toBe(400);
    expect(await readEvents()).toEqual([]);
  });
});

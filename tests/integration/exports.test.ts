import { beforeAll, describe, expect, it, inject, vi } from "vitest";
import ExcelJS from "exceljs";
import type { FeatureCollection, Polygon } from "geojson";
import { createPrismaClient, db, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScope } from "@/lib/scenes/scope";
import { countingAssessmentWhere } from "@/lib/stats/counting-where";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";
import { tokenInput } from "./token-fixtures";
import { readCsv } from "../support/csv";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET: getSceneFile } = await import("@/app/api/v1/exports/scenes/[file]/route");
const { GET: getGeoJson } = await import("@/app/api/v1/scenes.geojson/route");
const { listExportScenes } = await import("@/lib/exports/queries");
const { createToken } = await import("@/lib/tokens/mutations");

// The demo data (prisma/seed): nine scenes in Järva, Järfälla and Södermalm, assessed 2021–2026,
// and eleven elsewhere in the county (S-0010–S-0020), imported for 2021–2025, not started in 2026.
// 2026: S-0001 is a draft and S-0003 returned, S-0002/S-0007 submitted and S-0005 co-signed.
// 2023: S-0004 (closed) and S-0008 (merged) were assessed as no longer open drug scenes.

/** The county's other demo scenes, each counted in 2023–2025 (prisma/seed/demo-county.ts). */
const COUNTY_REFS = Array.from({ length: 11 }, (_, i) => `S-${String(10 + i).padStart(4, "0")}`);

let steering: SessionUser;
let jarfallaRep: SessionUser;
let jarvaAnalyst: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
  steering = await createTestUser("STEERING");
  jarfallaRep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
  jarvaAnalyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
}, 120_000);

function fileRequest(file: string, init?: RequestInit) {
  const request = new Request(`http://localhost/api/v1/exports/scenes/${file}`, init);
  return getSceneFile(request, { params: Promise.resolve({ file }) });
}

function geoJsonRequest(query: string, init?: RequestInit) {
  return getGeoJson(new Request(`http://localhost/api/v1/scenes.geojson${query}`, init));
}

describe("GET /api/v1/exports/scenes/scenes-{year}.csv", () => {
  it("has one row per scene that counts, with the scene's fields and every question as codes and text", async () => {
    signInAs(steering);
    const response = await fileRequest("scenes-2026.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // The demo's 2026 is a year in progress: the file says preliminary.
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="scenes-2026-preliminart.csv"');
    expect(response.headers.get("X-Year-Complete")).toBe("false");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const { header, rows } = await readCsv(response);
    expect(header.slice(0, 4)).toEqual(["ref", "name", "municipalityCode", "municipalityName"]);
    expect(header).toEqual(
      expect.arrayContaining([
        "policeArea",
        "district",
        "status",
        "isOpenDrugScene",
        "areaM2",
        "lat",
        "lng",
        "symptoms",
        "symptoms (text)",
      ]),
    );
    // Drafts (S-0001) and returned assessments (S-0003) do not count.
    expect(rows.map((r) => r.ref)).toEqual(["S-0002", "S-0005", "S-0007"]);
    const jakobsberg = rows.find((r) => r.ref === "S-0005")!;
    expect(jakobsberg).toMatchObject({
      name: "Jakobsbergs centrum",
      municipalityCode: "0123",
      municipalityName: "Järfälla",
      policeArea: "Järfälla",
      district: "",
      status: "COSIGNED",
    });
    expect(jakobsberg.isOpenDrugScene).toBe("true");
    expect(jakobsberg.lat).toBe("59,4225");
    expect(jakobsberg.mainSubstance).toBe("benzodiazepines");
    expect(jakobsberg.main_substance).toBe("benzodiazepines");
    expect(jakobsberg["main_substance (text)"]).toBe("Bensodiazepiner");
    expect(jakobsberg.symptoms?.split(";").length).toBeGreaterThanOrEqual(2);
    expect(jakobsberg["symptoms (text)"]).toContain("Platsen skapar obehag eller olägenhet för allmänheten; ");
    expect(jakobsberg.site_description).toBe("Torg med genomströmning till kollektivtrafiken; försäljning sker i gångstråken.");
  });

  it("leaves out assessments that no longer classify the place as an open drug scene", async () => {
    signInAs(steering);
    const { rows } = await readCsv(await fileRequest("scenes-2023.csv"));
    expect(rows.map((r) => r.ref)).toEqual(["S-0001", "S-0002", "S-0003", "S-0005", "S-0006", "S-0007", "S-0009", ...COUNTY_REFS]);
  });

  it("gives a municipal representative only the scenes of their municipality, and an analyst only their LPO's", async () => {
    signInAs(jarfallaRep);
    expect((await readCsv(await fileRequest("scenes-2024.csv"))).rows.map((r) => r.ref)).toEqual(["S-0005", "S-0006"]);
    signInAs(jarvaAnalyst);
    expect((await readCsv(await fileRequest("scenes-2024.csv"))).rows.map((r) => r.ref)).toEqual(["S-0001", "S-0002", "S-0003"]);
  });

  it("records the district as the year's assessment did (before the 2023 merger)", async () => {
    signInAs(jarvaAnalyst);
    const { rows } = await readCsv(await fileRequest("scenes-2022.csv"));
    expect(rows.find((r) => r.ref === "S-0001")?.district).toBe("Rinkeby-Kista");
  });

  it("answers 401, 400 and 404 as JSON", async () => {
    signInAs(null);
    const anonymous = await fileRequest("scenes-2024.csv");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Du måste vara inloggad." });
    const badToken = await fileRequest("scenes-2024.csv", { headers: { Authorization: "Bearer ods_nope" } });
    expect(badToken.status).toBe(401);
    expect(await badToken.json()).toEqual({ error: "Ogiltig, utgången eller återkallad åtkomsttoken." });

    signInAs(steering);
    for (const file of ["scenes-20x4.csv", "scenes-1999.csv", "scenes-.xlsx"]) {
      const response = await fileRequest(file);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "Ange ett giltigt år (ÅÅÅÅ)." });
    }
    const unknown = await fileRequest("scenes-2024.pdf");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: expect.any(String) });
  });
});

describe("GET /api/v1/exports/scenes/scenes-{year}.xlsx", () => {
  it("parses back with one row per scene, typed cells, for a caller with a token", async () => {
    signInAs(null);
    const created = await createToken(null, jarfallaRep.id, tokenInput("Excel", "STATS_AND_EXPORTS"));
    if (!created.ok) throw new Error("no token");
    const response = await fileRequest("scenes-2024.xlsx", { headers: { Authorization: `Bearer ${created.value.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="scenes-2024.xlsx"');
    expect(response.headers.get("X-Year-Complete")).toBe("true");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Platser 2024")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(["ref", "name"]);
    expect(sheet.rowCount).toBe(3);
    const column = (key: string) => header.indexOf(key) + 1;
    const refs = [2, 3].map((r) => sheet.getRow(r).getCell(column("ref")).value);
    expect(refs).toEqual(["S-0005", "S-0006"]);
    expect(sheet.getRow(2).getCell(column("lat")).value).toBe(59.4225);
    expect(sheet.getRow(2).getCell(column("isOpenDrugScene")).value).toBe(true);
    expect(sheet.getRow(2).getCell(column("symptoms (text)")).value).toEqual(expect.stringContaining("Platsen"));
    expect(workbook.getWorksheet("Frågor")?.rowCount).toBe(header.length + 1);
  });
});

describe("GET /api/v1/scenes.geojson", () => {
  it("says in the file whether the year is complete", async () => {
    signInAs(steering);
    const inProgress = await (await geoJsonRequest("?ar=2026")).json();
    expect(inProgress).toMatchObject({ year: 2026, complete: false });
    expect(inProgress.assessed).toBeLessThan(inProgress.active);
    expect(await (await geoJsonRequest("?ar=2025")).json()).toMatchObject({ year: 2025, complete: true });
  });

  it("marks a year in progress in the Excel file, on a sheet of its own", async () => {
    signInAs(steering);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fileRequest("scenes-2026.xlsx")).arrayBuffer());
    expect(String(workbook.getWorksheet("Preliminärt")!.getRow(1).getCell(1).value)).toMatch(
      /^Preliminärt: \d+ av \d+ aktiva platser bedömda$/,
    );
  });

  it("is a FeatureCollection of the year's scenes with closed [lng, lat] rings", async () => {
    signInAs(steering);
    const response = await geoJsonRequest("?ar=2024");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/geo+json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const collection = (await response.json()) as FeatureCollection<Polygon>;
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f) => f.properties?.ref)).toEqual([
      "S-0001",
      "S-0002",
      "S-0003",
      "S-0005",
      "S-0006",
      "S-0007",
      "S-0009",
      ...COUNTY_REFS,
    ]);
    for (const feature of collection.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Polygon");
      for (const ring of feature.geometry.coordinates) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        for (const [lng, lat] of ring) {
          expect(lng).toBeGreaterThan(17);
          expect(lng).toBeLessThan(19.5);
          expect(lat).toBeGreaterThan(58.5);
          expect(lat).toBeLessThan(60.5);
        }
      }
    }
    expect(collection.features[0]?.properties).toEqual({
      ref: "S-0001",
      name: "Rinkeby torg",
      municipalityCode: "0180",
      policeArea: "Järva",
      district: "Järva",
      development: "unchanged",
      mainSubstance: "cannabis",
      areaM2: expect.any(Number),
    });
  });

  it("falls back to the scene's point when the year has no extent, and respects scope", async () => {
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0006" } });
    await db.$executeRaw`UPDATE "Assessment" SET extent = NULL, "areaM2" = NULL WHERE "sceneId" = ${scene.id} AND year = 2025`;
    signInAs(jarfallaRep);
    const collection = (await (await geoJsonRequest("?ar=2025")).json()) as FeatureCollection;
    expect(collection.features.map((f) => f.properties?.ref)).toEqual(["S-0005", "S-0006"]);
    expect(collection.features[1]?.geometry).toEqual({ type: "Point", coordinates: [scene.lng, scene.lat] });
  });

  it("refuses a missing or bad year with 400 and an anonymous caller with 401", async () => {
    signInAs(steering);
    for (const query of ["", "?ar=", "?ar=24", "?ar=abcd", "?ar=2024.5", "?ar=2009", "?year=2024"]) {
      const response = await geoJsonRequest(query);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "Ange ett giltigt år (ÅÅÅÅ)." });
    }
    signInAs(null);
    expect((await geoJsonRequest("?ar=2024")).status).toBe(401);
  });
});

describe("listExportScenes", () => {
  it("agrees with countingAssessmentWhere() and sceneScope() for every role and year", async () => {
    const admin = await createTestUser("ADMIN");
    for (const user of [admin, steering, jarfallaRep, jarvaAnalyst]) {
      for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
        const expected = await db.assessment.findMany({
          where: { ...countingAssessmentWhere(year), scene: sceneScope(user) },
          select: { scene: { select: { ref: true } } },
        });
        const refs = (await listExportScenes(user, year)).map((s) => s.ref);
        expect(refs, `${user.role} ${year}`).toEqual(expected.map((a) => a.scene.ref).sort());
      }
    }
  });

  it("reads a year's scenes in one SQL query, never one per row", async () => {
    // A client that logs its SQL stands in for lib/db's (kept on globalThis) during the call; the
    // embedded database serves one connection, so the shared client lets go of it first.
    await db.$disconnect();
    const shared = globalThis as unknown as { prisma?: Db };
    const original = shared.prisma;
    const queries: string[] = [];
    const logging = createPrismaClient(inject("databaseUrl"), 1, { onQuery: (sql) => queries.push(sql) });
    shared.prisma = logging;
    try {
      const scenes = await listExportScenes(steering, 2024);
      expect(scenes.length).toBeGreaterThan(1);
      expect(queries).toHaveLength(1);
    } finally {
      await logging.$disconnect();
      shared.prisma = original;
    }
  });
});

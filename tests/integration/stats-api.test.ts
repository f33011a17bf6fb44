import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET } = await import("@/app/api/v1/stats/[year]/route");

const call = (year: string) => GET(new Request(`http://localhost/api/v1/stats/${year}`), { params: Promise.resolve({ year }) });

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
});

describe("GET /api/v1/stats/{year}", () => {
  it("answers the year's figures as JSON with every field", async () => {
    signInAs(await createTestUser("STEERING"));
    const response = await call("2025");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body)).toEqual([
      "year",
      "scenes",
      "previousYear",
      "change",
      "new",
      "ceased",
      "municipalitiesWithScenes",
      "policeAreasWithScenes",
      "jointShare",
      "coverage",
      "areaM2",
      "onTrack",
      "complete",
      "active",
      "assessed",
      "notYetAssessed",
      "hasPreviousYear",
      "byMunicipality",
      "byPoliceArea",
      "byDistrict",
      "bySubstance",
      "bySymptom",
      "outcomes",
    ]);
    // Nine demo scenes in the demo accounts' areas (seven of them still counted) and eleven elsewhere in the county.
    expect(body).toMatchObject({ year: 2025, scenes: 18, previousYear: 18, change: 0, jointShare: 1, coverage: 1 });
    expect(body).toMatchObject({ complete: true, notYetAssessed: 0, onTrack: false, hasPreviousYear: true });
    expect(body.byMunicipality).toHaveLength(26);
  });

  it("says that the demo's 2026 is not complete: preliminary, with no verdict on the goal", async () => {
    signInAs(await createTestUser("STEERING"));
    const body = await (await call("2026")).json();
    expect(body).toMatchObject({ year: 2026, complete: false, onTrack: null });
    expect(body.notYetAssessed).toBe(body.active - body.assessed);
    expect(body.notYetAssessed).toBeGreaterThan(0);
  });

  it("gives no comparison for the first year with data", async () => {
    signInAs(await createTestUser("STEERING"));
    const body = await (await call("2021")).json();
    expect(body).toMatchObject({ year: 2021, hasPreviousYear: false, onTrack: null });
  });

  it("answers the per-area rows as CSV", async () => {
    signInAs(await createTestUser("STEERING"));
    const response = await call("2025.csv");
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    expect(lines[0]).toBe("year;area_type;code;name;police_district;scenes;previous_year;change");
    expect(lines.filter((l) => l.includes(";municipality;"))).toHaveLength(26);
  });

  it("refuses a bad year with 400 and an anonymous caller with 401, as JSON", async () => {
    signInAs(await createTestUser("STEERING"));
    for (const year of ["20x4", "2009", "99999999999", "2024.5", "abcd.csv"]) {
      const bad = await call(year);
      expect(bad.status, year).toBe(400);
      expect(await bad.json()).toEqual({ error: "Ange ett giltigt år (ÅÅÅÅ)." });
    }
    signInAs(null);
    const anonymous = await call("2025");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toHaveProperty("error");
  });

  it("counts within the caller's scope", async () => {
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }));
    const body = await (await call("2025")).json();
    expect(body.scenes).toBe(2);
    expect(body.byMunicipality.find((m: { code: string }) => m.code === "0180").scenes).toBe(0);
  });
});

describe("GET /api/v1/indicators/{year}", () => {
  it("answers the year's indicators per scene in the caller's scope", async () => {
    const { GET: indicators } = await import("@/app/api/v1/indicators/[year]/route");
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }));
    const response = await indicators(new Request("http://localhost/api/v1/indicators/2024"), {
      params: Promise.resolve({ year: "2024" }),
    });
    const body = await response.json();
    expect(body.scenes.map((s: { ref: string }) => s.ref)).toEqual(["S-0005", "S-0006"]);
    expect(body.scenes[0].values.violent_crimes).toMatchObject({
      value: expect.any(Number),
      source: expect.stringContaining("brottsstatistik"),
    });
  });
});

describe("GET /api/v1/indicators/{year}, a bad year", () => {
  it("is refused with 400 as JSON", async () => {
    const { GET: indicators } = await import("@/app/api/v1/indicators/[year]/route");
    signInAs(await createTestUser("STEERING"));
    for (const year of ["abc", "2009", "99999999999"]) {
      const response = await indicators(new Request(`http://localhost/api/v1/indicators/${year}`), { params: Promise.resolve({ year }) });
      expect(response.status, year).toBe(400);
      expect(await response.json()).toEqual({ error: "Ange ett giltigt år (ÅÅÅÅ)." });
    }
  });
});

import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { BaseBoundaries } from "@/lib/map/types";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET } = await import("@/app/api/map/boundaries/route");

// The municipality file is not part of the repository: without it the demo has no boundaries.
const hasMunicipalityFile = existsSync(path.resolve("../shared/data/stockholms-lan-kommuner.geojson"));

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
}, 120_000);

describe("GET /api/map/boundaries", () => {
  it("refuses a visitor without a session", async () => {
    signInAs(null);
    const response = await GET();
    expect(response.status).toBe(401);
  });

  it("gives the maps the municipalities and Stockholm's districts with their names and label points", async () => {
    signInAs(await createTestUser("POLICE_ANALYST"));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=600");
    const body = (await response.json()) as BaseBoundaries;
    const jarva = body.districts.find((d) => d.name === "Järva");
    expect(jarva).toMatchObject({ id: "district:Järva" });
    // Husby lies in Järva: the label point lies within the district's box.
    const [lat, lng] = jarva!.label;
    const [west, south, east, north] = jarva!.bbox;
    expect(lng).toBeGreaterThan(west);
    expect(lng).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
    if (hasMunicipalityFile) {
      expect(body.municipalities).toHaveLength(26);
      expect(body.municipalities.find((m) => m.id === "0117")?.name).toBe("Österåker");
    }
  });
});

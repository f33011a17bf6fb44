import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBoundaries } from "@/lib/map/boundaries";
import { importBoundaries, importBoundariesFromFile } from "@/lib/map/mutations";
import { listDistrictBoundaries, listMunicipalityShapes } from "@/lib/map/queries";

// The real SCB file is not part of the repository: imported when the shared data folder has it.
const sharedFile = path.resolve("../shared/data/stockholms-lan-kommuner.geojson");

const square = (lng: number, lat: number): GeoJSON.Position[][] => [
  [
    [lng, lat],
    [lng + 0.05, lat],
    [lng + 0.05, lat + 0.05],
    [lng, lat + 0.05],
    [lng, lat],
  ],
];

const synthetic = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { KnKod: "0123", KnNamn: "Järfälla" }, geometry: { type: "Polygon", coordinates: square(17.8, 59.4) } },
    {
      type: "Feature",
      properties: { code: "0180", name: "Stockholm" },
      geometry: { type: "MultiPolygon", coordinates: [square(18, 59.3), square(18.1, 59.3)] },
    },
    {
      type: "Feature",
      properties: { kommunkod: "0980", kommunnamn: "Gotland" },
      geometry: { type: "Polygon", coordinates: square(18.3, 57.5) },
    },
  ],
};

async function knownCodes(): Promise<Set<string>> {
  return new Set((await db.municipality.findMany({ select: { code: true } })).map((m) => m.code));
}

const snapshot = () => db.municipalityBoundary.findMany({ select: { code: true, geometry: true, source: true }, orderBy: { code: "asc" } });

let tmp: string | undefined;

const clearBoundaries = () =>
  db.$transaction([db.municipalityBoundary.deleteMany(), db.districtBoundary.deleteMany(), db.cityPart.deleteMany()]);

beforeEach(clearBoundaries);

afterAll(async () => {
  await clearBoundaries();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function tempFile(name: string, content: string): Promise<string> {
  tmp ??= await mkdtemp(path.join(os.tmpdir(), "geo-import-"));
  const file = path.join(tmp, name);
  await writeFile(file, content);
  return file;
}

describe("municipality boundaries", () => {
  it("imports the county's municipalities from a file, skipping the rest of the country", async () => {
    const { boundaries, errors } = parseBoundaries(synthetic, await knownCodes());
    expect(errors).toEqual([]);
    expect(await importBoundaries(boundaries, "test.geojson")).toBe(2);
    expect(await snapshot()).toEqual([
      { code: "0123", geometry: synthetic.features[0]!.geometry, source: "test.geojson" },
      { code: "0180", geometry: synthetic.features[1]!.geometry, source: "test.geojson" },
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const file = await tempFile("kommuner.geojson", JSON.stringify(synthetic));
    expect(await importBoundariesFromFile(file)).toMatchObject({ ok: true, count: 2 });
    const first = await snapshot();
    const second = await importBoundariesFromFile(file);
    expect(second).toMatchObject({ ok: true, count: 2 });
    expect(second.ok && second.missing).toHaveLength(24);
    expect(await snapshot()).toEqual(first);
  });

  it("imports nothing from a file with a malformed feature, and says which", async () => {
    const broken = structuredClone(synthetic);
    broken.features[1]!.geometry = { type: "Polygon", coordinates: [[[18, 59.3]]] };
    const file = await tempFile("trasig.geojson", JSON.stringify(broken));
    const result = await importBoundariesFromFile(file);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Objekt 2 \(features\[1\], 0180\): geometrin/)] });
    expect(await importBoundariesFromFile(await tempFile("inte-json.geojson", "{"))).toMatchObject({
      ok: false,
      errors: [expect.stringContaining("ingen giltig JSON")],
    });
    expect(await db.municipalityBoundary.count()).toBe(0);
  });

  it("lists all 26 municipalities with their boundary where imported and their scene count", async () => {
    const { boundaries } = parseBoundaries(synthetic, await knownCodes());
    await importBoundaries(boundaries, "test.geojson");
    const shapes = await listMunicipalityShapes(new Map([["0123", 3]]));
    expect(shapes).toHaveLength(26);
    expect(shapes.find((s) => s.code === "0123")).toMatchObject({ name: "Järfälla", sceneCount: 3, boundary: { type: "Polygon" } });
    expect(shapes.find((s) => s.code === "0180")).toMatchObject({ sceneCount: 0, boundary: { type: "MultiPolygon" } });
    expect(shapes.find((s) => s.code === "0184")).toMatchObject({ name: "Solna", sceneCount: 0, boundary: null });
    expect(shapes.filter((s) => s.boundary)).toHaveLength(2);
  });

  it.skipIf(!existsSync(sharedFile))("imports all 26 boundaries of SCB's file for the county, idempotently", async () => {
    expect(await importBoundariesFromFile(sharedFile)).toEqual({ ok: true, kind: "municipalities", count: 26, missing: [] });
    const first = await snapshot();
    expect(first).toHaveLength(26);
    await importBoundariesFromFile(sharedFile);
    expect(await snapshot()).toEqual(first);
  });
});

describe("Stockholm city's district areas and stadsdelar (prisma/seed/geo)", () => {
  const districtsFile = path.resolve("prisma/seed/geo/stockholm-stadsdelsomraden.geojson");
  const cityPartsFile = path.resolve("prisma/seed/geo/stockholm-stadsdelar.geojson");

  it("imports the 11 district areas and the 117 stadsdelar, told apart by their properties, idempotently", async () => {
    expect(await importBoundariesFromFile(districtsFile)).toEqual({ ok: true, kind: "districts", count: 11, missing: [] });
    expect(await importBoundariesFromFile(cityPartsFile)).toEqual({ ok: true, kind: "cityParts", count: 117, missing: [] });
    expect(await importBoundariesFromFile(cityPartsFile)).toMatchObject({ ok: true, count: 117 });
    expect(await db.cityPart.count()).toBe(117);
    const hogdalen = await db.cityPart.findUniqueOrThrow({
      where: { name: "Högdalen" },
      select: { district: { select: { name: true } }, policeArea: { select: { name: true } }, minLat: true, maxLat: true },
    });
    expect(hogdalen).toMatchObject({ district: { name: "Enskede-Årsta-Vantör" }, policeArea: { name: "Farsta" } });
    expect(hogdalen.minLat).toBeLessThan(hogdalen.maxLat);
    const fredhall = await db.cityPart.findUniqueOrThrow({
      where: { name: "Fredhäll" },
      select: { policeAreaBefore2025: { select: { name: true } } },
    });
    expect(fredhall.policeAreaBefore2025?.name).toBe("Norrmalm");
    const shapes = await listDistrictBoundaries();
    expect(shapes.map((s) => s.name)).toContain("Järva");
    expect(shapes).toHaveLength(11);
  });

  it("refuses a stadsdel of an unknown district area and imports none of the file", async () => {
    const file = await tempFile(
      "stadsdelar.geojson",
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { stadsdel: "Husby", stadsdelsomrade: "Järva", lpo: "Järva" },
            geometry: { type: "Polygon", coordinates: square(17.9, 59.4) },
          },
          {
            type: "Feature",
            properties: { stadsdel: "Påhittad", stadsdelsomrade: "Atlantis", lpo: "Järva" },
            geometry: { type: "Polygon", coordinates: square(17.9, 59.4) },
          },
        ],
      }),
    );
    expect(await importBoundariesFromFile(file)).toEqual({ ok: false, errors: [expect.stringMatching(/^Objekt 2 .*Atlantis/)] });
    expect(await db.cityPart.count()).toBe(0);
  });
});

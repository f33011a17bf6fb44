import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBoundaries } from "@/lib/map/boundaries";
import { importBoundaries, importBoundariesFromFile } from "@/lib/map/mutations";
import { listMunicipalityShapes } from "@/lib/map/queries";

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

beforeEach(() => db.municipalityBoundary.deleteMany());

afterAll(async () => {
  await db.municipalityBoundary.deleteMany();
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
    expect(await importBoundariesFromFile(sharedFile)).toEqual({ ok: true, count: 26, missing: [] });
    const first = await snapshot();
    expect(first).toHaveLength(26);
    await importBoundariesFromFile(sharedFile);
    expect(await snapshot()).toEqual(first);
  });
});

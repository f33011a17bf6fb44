import { describe, expect, it } from "vitest";
import { toPolygon, toSceneFeatureCollection } from "./geojson";
import type { ExportScene } from "./types";

const base: ExportScene = {
  ref: "S-0001",
  name: "Torget",
  municipalityCode: "0123",
  municipalityName: "Järfälla",
  policeArea: "Järfälla",
  district: null,
  status: "SUBMITTED",
  isOpenDrugScene: true,
  development: "new",
  mainSubstance: "cannabis",
  areaM2: null,
  lat: 59.42,
  lng: 17.83,
  extent: null,
  answers: {},
};

const clockwiseOpen = [
  [17.83, 59.42],
  [17.831, 59.42],
  [17.831, 59.419],
];

describe("toPolygon", () => {
  it("closes an open ring and winds the outer ring counter-clockwise", () => {
    const polygon = toPolygon({ type: "Polygon", coordinates: [clockwiseOpen] })!;
    const ring = polygon.coordinates[0]!;
    expect(ring).toHaveLength(4);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(ring).toEqual([
      [17.83, 59.42],
      [17.831, 59.419],
      [17.831, 59.42],
      [17.83, 59.42],
    ]);
  });

  it.each([
    null,
    {},
    { type: "Point", coordinates: [1, 2] },
    { type: "Polygon", coordinates: [] },
    {
      type: "Polygon",
      coordinates: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    },
  ])("refuses %j", (extent) => {
    expect(toPolygon(extent)).toBeNull();
  });
});

describe("toSceneFeatureCollection", () => {
  it("uses the year's extent, or the point as [lng, lat] when there is none", () => {
    const collection = toSceneFeatureCollection([
      { ...base, extent: { type: "Polygon", coordinates: [clockwiseOpen] }, areaM2: 900 },
      { ...base, ref: "S-0002" },
    ]);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features[0]?.geometry.type).toBe("Polygon");
    expect(collection.features[1]?.geometry).toEqual({ type: "Point", coordinates: [17.83, 59.42] });
    expect(collection.features[0]?.properties).toEqual({
      ref: "S-0001",
      name: "Torget",
      municipalityCode: "0123",
      policeArea: "Järfälla",
      district: null,
      development: "new",
      mainSubstance: "cannabis",
      areaM2: 900,
    });
  });
});

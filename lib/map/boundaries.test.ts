import { describe, expect, it } from "vitest";
import { parseBoundaries } from "./boundaries";

const known = new Set(["0123", "0180"]);

const square = (lng: number, lat: number): GeoJSON.Position[][] => [
  [
    [lng, lat],
    [lng + 0.1, lat],
    [lng + 0.1, lat + 0.1],
    [lng, lat + 0.1],
    [lng, lat],
  ],
];

const feature = (properties: Record<string, unknown> | null, geometry: unknown = { type: "Polygon", coordinates: square(17.8, 59.4) }) => ({
  type: "Feature",
  properties,
  geometry,
});

const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

describe("parseBoundaries", () => {
  it("reads SCB's KnKod/KnNamn, code/name and kommunkod/kommunnamn, in any case", () => {
    const result = parseBoundaries(
      collection(
        feature({ KnKod: "0123", KnNamn: "Järfälla" }),
        feature(
          { KOMMUNKOD: "0180", Kommunnamn: "Stockholm" },
          { type: "MultiPolygon", coordinates: [square(18, 59.3), square(18.2, 59.3)] },
        ),
      ),
      known,
    );
    expect(result.errors).toEqual([]);
    expect(result.boundaries.map((b) => [b.code, b.name, b.geometry.type])).toEqual([
      ["0123", "Järfälla", "Polygon"],
      ["0180", "Stockholm", "MultiPolygon"],
    ]);
    expect(parseBoundaries(collection(feature({ code: "0123", name: "Järfälla" })), known).boundaries).toHaveLength(1);
  });

  it("restores the leading zero of a code stored as a number and drops altitudes", () => {
    const ring = [
      [17.8, 59.4, 12],
      [17.9, 59.4, 12],
      [17.9, 59.5, 12],
      [17.8, 59.4, 12],
    ];
    const result = parseBoundaries(
      collection(feature({ KnKod: 123, KnNamn: "Järfälla" }, { type: "Polygon", coordinates: [ring] })),
      known,
    );
    expect(result.errors).toEqual([]);
    expect(result.boundaries[0]?.code).toBe("0123");
    expect(result.boundaries[0]?.geometry.coordinates[0]?.[0]).toEqual([17.8, 59.4]);
  });

  it("skips the rest of the country without complaint", () => {
    const result = parseBoundaries(
      collection(
        feature({ KnKod: "0980", KnNamn: "Gotland" }, { type: "Point", coordinates: [18, 57] }),
        feature({ KnKod: "0123", KnNamn: "Järfälla" }),
      ),
      known,
    );
    expect(result).toMatchObject({ errors: [], boundaries: [{ code: "0123" }] });
  });

  it("reports each malformed feature of the county with its index, in Swedish", () => {
    const open = [square(17.8, 59.4)[0]!.slice(0, 4)];
    const result = parseBoundaries(
      collection(
        feature({ KnNamn: "Utan kod" }),
        feature({ KnKod: "0123" }),
        feature({ KnKod: "0180", KnNamn: "Stockholm" }, { type: "Polygon", coordinates: open }),
        "inte ett objekt",
      ),
      known,
    );
    expect(result.boundaries).toEqual([]);
    expect(result.errors).toEqual([
      "Objekt 1 (features[0]): saknar kommunkod (egenskapen KnKod, code eller kommunkod).",
      "Objekt 2 (features[1], 0123): saknar kommunnamn (egenskapen KnNamn, name eller kommunnamn).",
      expect.stringMatching(/^Objekt 3 \(features\[2\], 0180\): geometrin måste vara en Polygon eller MultiPolygon/),
      "Objekt 4 (features[3]): saknar kommunkod (egenskapen KnKod, code eller kommunkod).",
    ]);
  });

  it("rejects geometries that are not polygons or not in WGS84 degrees", () => {
    const line = {
      type: "LineString",
      coordinates: [
        [17.8, 59.4],
        [17.9, 59.5],
      ],
    };
    const sweref = {
      type: "Polygon",
      coordinates: [
        [
          [674000, 6580000],
          [675000, 6580000],
          [675000, 6581000],
          [674000, 6580000],
        ],
      ],
    };
    const result = parseBoundaries(
      collection(feature({ KnKod: "0123", KnNamn: "Järfälla" }, line), feature({ KnKod: "0180", KnNamn: "Stockholm" }, sweref)),
      known,
    );
    expect(result.boundaries).toEqual([]);
    expect(result.errors).toHaveLength(2);
  });

  it("rejects a file that names another coordinate system", () => {
    const file = {
      ...collection(feature({ KnKod: "0123", KnNamn: "Järfälla" })),
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3006" } },
    };
    expect(parseBoundaries(file, known).errors).toEqual([expect.stringContaining("EPSG::3006")]);
    const wgs84 = { ...file, crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } } };
    expect(parseBoundaries(wgs84, known).errors).toEqual([]);
  });

  it("reports a municipality that occurs twice", () => {
    const result = parseBoundaries(
      collection(feature({ KnKod: "0123", KnNamn: "Järfälla" }), feature({ KnKod: "0123", KnNamn: "Järfälla" })),
      known,
    );
    expect(result.errors).toEqual(["Objekt 2 (features[1], 0123): kommunkoden finns redan i objekt 1."]);
  });

  it("rejects what is not a FeatureCollection, and one without any municipality of the county", () => {
    expect(parseBoundaries({ type: "Feature" }, known).errors).toEqual(["Filen är ingen GeoJSON FeatureCollection."]);
    expect(parseBoundaries(null, known).errors).toHaveLength(1);
    expect(parseBoundaries(collection(feature({ KnKod: "0980", KnNamn: "Gotland" })), known).errors).toEqual([
      "Filen innehåller ingen av länets kommuner.",
    ]);
  });
});

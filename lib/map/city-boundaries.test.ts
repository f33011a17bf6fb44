import { describe, expect, it } from "vitest";
import { computeBBox } from "./bbox";
import { detectBoundaryFile, parseCityParts, parseDistrictBoundaries } from "./city-boundaries";

const polygon: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [18, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18, 59.3],
    ],
  ],
};
const collection = (...properties: Record<string, unknown>[]) => ({
  type: "FeatureCollection",
  features: properties.map((p) => ({ type: "Feature", properties: p, geometry: polygon })),
});
const known = { districts: new Set(["Järva", "Farsta"]), policeAreas: new Set(["Järva", "Farsta", "Norrmalm"]) };

describe("detectBoundaryFile", () => {
  it("tells the three files apart by their first feature's properties", () => {
    expect(detectBoundaryFile(collection({ KnKod: "0180", KnNamn: "Stockholm" }))).toBe("municipalities");
    expect(detectBoundaryFile(collection({ kommunkod: "0180", kommunnamn: "Stockholm" }))).toBe("municipalities");
    expect(detectBoundaryFile(collection({ namn: "Järva", kommunkod: "0180" }))).toBe("districts");
    expect(detectBoundaryFile(collection({ stadsdel: "Husby", stadsdelsomrade: "Järva", lpo: "Järva" }))).toBe("cityParts");
    expect(detectBoundaryFile({ nothing: true })).toBe("municipalities");
  });
});

describe("parseDistrictBoundaries and parseCityParts", () => {
  it("reads known names and reports every unknown or repeated one", () => {
    expect(parseDistrictBoundaries(collection({ namn: "Järva" }), known)).toEqual({
      items: [{ name: "Järva", geometry: polygon }],
      errors: [],
    });
    expect(parseDistrictBoundaries(collection({ namn: "Järva" }, { namn: "Atlantis" }, { namn: "Järva" }), known).errors).toEqual([
      "Objekt 2 (features[1]): stadsdelsområdet Atlantis finns inte i grunddatan.",
      "Objekt 3 (features[2]): Järva finns redan tidigare i filen.",
    ]);
  });

  it("reads a stadsdel's district area, LPO and LPO before 2025", () => {
    const parsed = parseCityParts(
      collection({ stadsdel: "Husby", stadsdelsomrade: "Järva", lpo: "Järva", lpo_before_2025: "Norrmalm" }),
      known,
    );
    expect(parsed).toEqual({
      items: [{ name: "Husby", district: "Järva", policeArea: "Järva", policeAreaBefore2025: "Norrmalm", geometry: polygon }],
      errors: [],
    });
    expect(parseCityParts(collection({ stadsdel: "Husby", stadsdelsomrade: "Järva", lpo: "Rinkeby" }), known).errors).toEqual([
      "Objekt 1 (features[0]): lokalpolisområdet Rinkeby finns inte i grunddatan.",
    ]);
    expect(parseCityParts(collection({ stadsdel: "Husby" }), known).errors[0]).toMatch(/^Objekt 1 .*saknar namn/);
  });
});

describe("computeBBox", () => {
  it("bounds a polygon and a multipolygon by their outer rings", () => {
    expect(computeBBox(polygon)).toEqual({ minLng: 18, minLat: 59.3, maxLng: 18.1, maxLat: 59.4 });
    const multi: GeoJSON.MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        polygon.coordinates,
        [
          [
            [17, 60],
            [17.5, 60],
            [17.5, 60.5],
            [17, 60],
          ],
        ],
      ],
    };
    expect(computeBBox(multi)).toEqual({ minLng: 17, minLat: 59.3, maxLng: 18.1, maxLat: 60.5 });
  });
});

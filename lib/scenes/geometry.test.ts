import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { checkExtent, checkPoint, computeAreaM2, distanceToExtentM, formatArea, parseExtentPolygon } from "./geometry";

// A square of about 100 m × 100 m at Rinkeby torg.
const rinkeby = { lat: 59.388, lng: 17.9285 };
const dLat = 0.0009; // ≈ 100 m
const dLng = 0.00176; // ≈ 100 m at 59.4° N
const square: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [rinkeby.lng, rinkeby.lat],
      [rinkeby.lng + dLng, rinkeby.lat],
      [rinkeby.lng + dLng, rinkeby.lat + dLat],
      [rinkeby.lng, rinkeby.lat + dLat],
      [rinkeby.lng, rinkeby.lat],
    ],
  ],
};
const text = (value: unknown) => JSON.stringify(value);

describe("checkPoint", () => {
  it("accepts a point in the county", () => {
    expect(checkPoint(rinkeby)).toEqual({ ok: true, value: rinkeby });
  });

  it("refuses a point outside the county, e.g. Göteborg or swapped coordinates", () => {
    expect(checkPoint({ lat: 57.7089, lng: 11.9746 })).toMatchObject({ ok: false, error: expect.stringMatching(/utanför Stockholms län/) });
    expect(checkPoint({ lat: rinkeby.lng, lng: rinkeby.lat })).toMatchObject({ ok: false });
  });

  it("refuses what is not a coordinate", () => {
    expect(checkPoint({ lat: Number.NaN, lng: 18 })).toMatchObject({ ok: false, error: expect.stringMatching(/decimaltal/) });
  });
});

describe("computeAreaM2", () => {
  it("computes the geodesic area (≈ 10 000 m² for a 100 m square)", () => {
    const areaM2 = computeAreaM2(square);
    expect(areaM2).toBeGreaterThan(9_800);
    expect(areaM2).toBeLessThan(10_200);
  });
});

describe("checkExtent", () => {
  it("accepts a valid polygon, also wrapped in a Feature, and returns its area", () => {
    const result = checkExtent(text({ type: "Feature", properties: {}, geometry: square }), rinkeby);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.areaM2).toBe(computeAreaM2(square));
  });

  it("refuses text that is not JSON, and JSON that is not a polygon", () => {
    expect(checkExtent("{ inte json", rinkeby)).toMatchObject({ ok: false, error: expect.stringMatching(/inte giltig GeoJSON/) });
    expect(checkExtent(text({ type: "Point", coordinates: [18, 59.3] }), rinkeby)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/GeoJSON-polygon/),
    });
  });

  it("refuses a ring that is not closed", () => {
    const open = { type: "Polygon", coordinates: [square.coordinates[0]!.slice(0, -1)] };
    expect(checkExtent(text(open), rinkeby)).toMatchObject({ ok: false, error: expect.stringMatching(/inte sluten/) });
  });

  it("refuses fewer than three distinct corners", () => {
    const [a, b] = square.coordinates[0]!;
    expect(checkExtent(text({ type: "Polygon", coordinates: [[a, b, b, a]] }), rinkeby)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/minst tre/),
    });
  });

  it("refuses a polygon that crosses itself (a bow tie)", () => {
    const [a, b, c, d] = square.coordinates[0]!;
    expect(checkExtent(text({ type: "Polygon", coordinates: [[a, c, b, d, a]] }), rinkeby)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/korsar sig själv/),
    });
  });

  it("refuses a polygon far from the point", () => {
    expect(checkExtent(text(square), { lat: 59.3294, lng: 18.0686 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/mer än 1 km/),
    });
  });

  it("refuses a polygon larger than 5 km²", () => {
    const big = {
      type: "Polygon",
      coordinates: [
        [
          [17.9, 59.38],
          [17.96, 59.38],
          [17.96, 59.42],
          [17.9, 59.42],
          [17.9, 59.38],
        ],
      ],
    };
    expect(checkExtent(text(big), rinkeby)).toMatchObject({ ok: false, error: expect.stringMatching(/större än en rimlig plats/) });
  });

  it("refuses a polygon outside the county", () => {
    const gbg = {
      type: "Polygon",
      coordinates: [
        [
          [11.97, 57.7],
          [11.98, 57.7],
          [11.98, 57.71],
          [11.97, 57.7],
        ],
      ],
    };
    expect(checkExtent(text(gbg), null)).toMatchObject({ ok: false, error: expect.stringMatching(/utanför Stockholms län/) });
  });
});

describe("distanceToExtentM", () => {
  it("is zero inside and grows outside", () => {
    expect(distanceToExtentM({ lat: rinkeby.lat + dLat / 2, lng: rinkeby.lng + dLng / 2 }, square)).toBe(0);
    const d = distanceToExtentM({ lat: rinkeby.lat - 2 * dLat, lng: rinkeby.lng }, square);
    expect(d).toBeGreaterThan(150);
    expect(d).toBeLessThan(250);
  });
});

describe("formatArea", () => {
  it("uses Swedish digit grouping", () => {
    expect(formatArea(12345.6).replace(/\s/g, " ")).toBe("12 346 m²");
  });
});

describe("parseExtentPolygon", () => {
  it("reads the polygon whether or not it meets the rules, so that the map can show what is refused", () => {
    const [a, b, c, d] = square.coordinates[0]!;
    const bowTie = { type: "Polygon", coordinates: [[a, c, b, d, a]] };
    expect(checkExtent(text(bowTie), rinkeby).ok).toBe(false);
    expect(parseExtentPolygon(text(bowTie))).toEqual(bowTie);
    expect(parseExtentPolygon(text({ type: "Feature", properties: {}, geometry: square }))).toEqual(square);
  });

  it("gives null for what is not a polygon", () => {
    expect(parseExtentPolygon("")).toBeNull();
    expect(parseExtentPolygon("{ inte json")).toBeNull();
    expect(parseExtentPolygon(text({ type: "Point", coordinates: [18, 59.3] }))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { boundsOf, choroplethOpacity, countRadius, roundCoordinate, toLeafletPositions } from "./geometry";
import { messages } from "@/lib/i18n";

const extent: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [17.9, 59.4],
      [18.0, 59.4],
      [18.0, 59.5],
      [17.9, 59.4],
    ],
  ],
};

describe("map geometry", () => {
  it("turns GeoJSON's [lng, lat] into Leaflet's [lat, lng], for polygons and multipolygons", () => {
    expect(toLeafletPositions(extent)[0]?.[1]).toEqual([59.4, 18.0]);
    const multi: GeoJSON.MultiPolygon = { type: "MultiPolygon", coordinates: [extent.coordinates, extent.coordinates] };
    const positions = toLeafletPositions(multi) as [number, number][][][];
    expect(positions).toHaveLength(2);
    expect(positions[1]?.[0]?.[2]).toEqual([59.5, 18.0]);
  });

  it("bounds the points and the extents, or nothing", () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { lat: 59.3, lng: 18.1, extent },
        { lat: 59.6, lng: 17.95, extent: null },
      ]),
    ).toEqual([
      [59.3, 17.9],
      [59.6, 18.1],
    ]);
  });

  it("rounds coordinates to six decimals", () => {
    expect(roundCoordinate(59.123456789)).toBe(59.123457);
  });

  it("shades municipalities with more scenes darker, and sizes circles by count", () => {
    expect(choroplethOpacity(0, 5)).toBeLessThan(choroplethOpacity(1, 5));
    expect(choroplethOpacity(1, 5)).toBeLessThan(choroplethOpacity(5, 5));
    expect(choroplethOpacity(5, 5)).toBeLessThanOrEqual(0.5);
    expect(countRadius(9)).toBeGreaterThan(countRadius(1));
  });

  it("formats areas and counts the Swedish way", () => {
    expect(messages.map.areaM2(1234.4)).toBe("1\u00a0234 m²");
    expect(messages.map.sceneCount("Järfälla", 3)).toBe("Järfälla: 3 platser");
    expect(messages.map.sceneCount("Solna", 1)).toBe("Solna: 1 plats");
  });
});

import { describe, expect, it } from "vitest";
import { getTileConfig, getTileOrigin } from "./tiles";

describe("tiles", () => {
  it("serves OpenStreetMap by default and nothing when the URL is empty", () => {
    const osm = { MAP_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "OSM" };
    expect(getTileConfig(osm)).toEqual({ url: osm.MAP_TILE_URL, attribution: "OSM" });
    expect(getTileConfig({ MAP_TILE_URL: "", MAP_TILE_ATTRIBUTION: "OSM" })).toBeNull();
  });

  it("gives the tile origin for the CSP, with a wildcard for {s} subdomains", () => {
    expect(getTileOrigin({ MAP_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" })).toBe("https://tile.openstreetmap.org");
    expect(getTileOrigin({ MAP_TILE_URL: "https://{s}.tiles.example.se/{z}/{x}/{y}.png" })).toBe("https://*.tiles.example.se");
    expect(getTileOrigin({ MAP_TILE_URL: "" })).toBeNull();
  });
});

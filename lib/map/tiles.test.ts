import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { getTileConfig, getTileOrigin } from "./tiles";

const none = { MAP_WMTS_URL: undefined, MAP_WMTS_API_KEY: undefined, MAP_WMTS_ATTRIBUTION: "© Lantmäteriet", MAP_WMTS_MAX_ZOOM: 15 };
const osm = { ...none, MAP_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "OSM" };
const topowebb = {
  ...osm,
  MAP_WMTS_URL:
    "https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/{apiKey}/1.0.0/topowebb/default/3857/{TileMatrix}/{TileRow}/{TileCol}.png",
  MAP_WMTS_API_KEY: "abc/123",
};

describe("tiles", () => {
  it("serves OpenStreetMap by default and nothing when the URL is empty", () => {
    expect(getTileConfig(osm)).toEqual({ url: osm.MAP_TILE_URL, attribution: "OSM" });
    expect(getTileConfig({ ...osm, MAP_TILE_URL: "" })).toBeNull();
  });

  it("turns a Web Mercator WMTS template into Leaflet's, with the API key, in place of the tile server", () => {
    expect(getTileConfig(topowebb)).toEqual({
      url: "https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/abc%2F123/1.0.0/topowebb/default/3857/{z}/{y}/{x}.png",
      attribution: "© Lantmäteriet",
      maxNativeZoom: 15,
    });
    expect(getTileOrigin(topowebb)).toBe("https://api.lantmateriet.se");
  });

  it("gives the tile origin for the CSP, with a wildcard for {s} subdomains", () => {
    expect(getTileOrigin(osm)).toBe("https://tile.openstreetmap.org");
    expect(getTileOrigin({ ...osm, MAP_TILE_URL: "https://{s}.tiles.example.se/{z}/{x}/{y}.png" })).toBe("https://*.tiles.example.se");
    expect(getTileOrigin({ ...osm, MAP_TILE_URL: "" })).toBeNull();
  });

  it("refuses a WMTS template without the tile placeholders, or with {apiKey} but no key", () => {
    const base = { DATABASE_URL: "postgresql://localhost/x" };
    expect(parseEnv({ ...base, MAP_WMTS_URL: topowebb.MAP_WMTS_URL, MAP_WMTS_API_KEY: "k" }).MAP_WMTS_URL).toBe(topowebb.MAP_WMTS_URL);
    expect(() => parseEnv({ ...base, MAP_WMTS_URL: "https://example.se/wmts/{z}/{x}/{y}.png" })).toThrow(/MAP_WMTS_URL/);
    expect(() => parseEnv({ ...base, MAP_WMTS_URL: topowebb.MAP_WMTS_URL })).toThrow(/MAP_WMTS_API_KEY/);
    expect(parseEnv({ ...base, MAP_WMTS_URL: "" }).MAP_WMTS_URL).toBeUndefined();
  });
});

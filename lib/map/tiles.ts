import type { TileConfig } from "./types";
import type { Env } from "@/lib/env";

type TileEnv = Pick<
  Env,
  "MAP_TILE_URL" | "MAP_TILE_ATTRIBUTION" | "MAP_WMTS_URL" | "MAP_WMTS_API_KEY" | "MAP_WMTS_ATTRIBUTION" | "MAP_WMTS_MAX_ZOOM"
>;

/**
 * A WMTS REST template in Leaflet's terms. In the Web Mercator matrix set (GoogleMapsCompatible,
 * Lantmäteriet's "3857") the tile matrix is the zoom level, its rows Leaflet's y and its
 * columns x, so the WMTS tiles are ordinary XYZ tiles.
 */
function wmtsToLeafletUrl(template: string, apiKey: string | undefined): string {
  return template
    .replaceAll("{TileMatrix}", "{z}")
    .replaceAll("{TileRow}", "{y}")
    .replaceAll("{TileCol}", "{x}")
    .replaceAll("{apiKey}", encodeURIComponent(apiKey ?? ""));
}

/**
 * The base map's tiles from configuration, read at run time (never inlined at build time): a
 * WMTS service when one is configured, else the XYZ tile server, else none (the boundaries are
 * then the base map).
 */
export function getTileConfig(env: TileEnv): TileConfig {
  if (env.MAP_WMTS_URL) {
    return {
      url: wmtsToLeafletUrl(env.MAP_WMTS_URL, env.MAP_WMTS_API_KEY),
      attribution: env.MAP_WMTS_ATTRIBUTION,
      maxNativeZoom: env.MAP_WMTS_MAX_ZOOM,
    };
  }
  return env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null;
}

/** The origin the tiles come from, for the Content-Security-Policy's img-src. */
export function getTileOrigin(env: TileEnv): string | null {
  const url = getTileConfig(env)?.url;
  if (!url) return null;
  // {s} stands for the server's subdomains (a, b, c): allow them all.
  const { protocol, host } = new URL(url.replace("{s}", "s-subdomain").replace(/\{[a-z]\}/g, "0"));
  return `${protocol}//${host.replace(/^s-subdomain\./, "*.")}`;
}

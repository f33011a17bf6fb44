import type { TileConfig } from "./types";
import type { Env } from "@/lib/env";

/** The tile server from configuration, read at run time (never inlined at build time). */
export function getTileConfig(env: Pick<Env, "MAP_TILE_URL" | "MAP_TILE_ATTRIBUTION">): TileConfig {
  return env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null;
}

/** The origin the tiles come from, for the Content-Security-Policy's img-src. */
export function getTileOrigin(env: Pick<Env, "MAP_TILE_URL">): string | null {
  if (!env.MAP_TILE_URL) return null;
  // {s} stands for the server's subdomains (a, b, c): allow them all.
  const { protocol, host } = new URL(env.MAP_TILE_URL.replace("{s}", "s-subdomain").replace(/\{[a-z]\}/g, "0"));
  return `${protocol}//${host.replace(/^s-subdomain\./, "*.")}`;
}

import { createHash } from "node:crypto";
import { recordRead } from "@/lib/audit/reads";
import { apiError } from "@/lib/auth/api-user";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { sceneScopeKey } from "@/lib/scenes/scope";
import { getStatsGeneration } from "@/lib/stats/cache";
import { getCachedCountedSceneOutlines } from "@/lib/stats/map";
import { parseYear } from "@/lib/url/year";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/map/scenes/{year}: the year's counted scenes in the user's scope, with their simplified
// extents, for the dashboard's map (fetched by the browser, so the page carries none of it). The
// browser keeps the answer and asks again each time with its ETag: while the figures' generation
// has not moved, the answer is a 304 after one small query. The ETag names the generation, the
// year and the scope (hashed: no area ids in a header), so a browser shared by users of other
// scopes never revalidates one's answer for another.

const CACHE_CONTROL = "private, no-cache";

function entityTag(generation: bigint, year: number, scopeKey: string): string {
  return `"${createHash("sha256").update(`${generation}:${year}:${scopeKey}`).digest("base64url").slice(0, 32)}"`;
}

/** True when the request's If-None-Match names `etag` (or is "*"): RFC 9110's weak comparison. */
function matches(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (header === null) return false;
  return header.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

export const GET = respondWhenDatabaseUnavailable(async function GET(
  request: Request,
  { params }: RouteContext<"/api/map/scenes/[year]">,
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return apiError(401, messages.errors.unauthenticated);
  if (!can(user, "dashboard:view")) return apiError(403, messages.errors.forbidden);
  const year = parseYear((await params).year);
  if (year === null) return apiError(400, messages.exports.invalidYear);
  // The generation before the data: the data is then at least as new as the tag it is sent with.
  const generation = await getStatsGeneration();
  const etag = generation === null ? null : entityTag(generation, year, sceneScopeKey(user));
  if (etag && matches(request, etag)) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE_CONTROL } });
  const scenes = await getCachedCountedSceneOutlines(user, year);
  // Only an answer with data is on record; a 304 sends none (the page itself, as every page, is not).
  await recordRead({ user, tokenId: null }, { kind: "api", name: "map.scenes", year, rows: scenes.length });
  // Without a generation nothing could tell the browser its copy is stale: then it keeps none.
  const headers: Record<string, string> = etag ? { ETag: etag, "Cache-Control": CACHE_CONTROL } : { "Cache-Control": "no-store" };
  return Response.json(scenes, { headers });
});

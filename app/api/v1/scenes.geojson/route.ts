import { recordRead } from "@/lib/audit/reads";
import { authorizeApiRequest, apiError } from "@/lib/auth/api-user";
import { toSceneFeatureCollection } from "@/lib/exports/geojson";
import { listExportScenes } from "@/lib/exports/queries";
import { describeExportYear, yearExportHeaders } from "@/lib/exports/year-status";
import { getYearProgress } from "@/lib/rounds/queries";
import { messages } from "@/lib/i18n";
import { parseYear, YEAR_PARAM } from "@/lib/url/year";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/v1/scenes.geojson?ar=2024: the scenes that count in the year, in the caller's scope,
// as a GeoJSON FeatureCollection with the year's extents.

export const GET = respondWhenDatabaseUnavailable(async function GET(request: Request): Promise<Response> {
  const auth = await authorizeApiRequest(request, "export:read");
  if ("response" in auth) return auth.response;
  const year = parseYear(new URL(request.url).searchParams.get(YEAR_PARAM));
  if (year === null) return apiError(400, messages.exports.invalidYear);

  const [scenes, progress] = await Promise.all([listExportScenes(auth.user, year), getYearProgress(auth.user, year)]);
  const status = describeExportYear(progress);
  // Foreign members (RFC 7946 §6.1) say whether the year is complete, for a reader of the file.
  const collection = {
    ...toSceneFeatureCollection(scenes),
    year,
    complete: status.complete,
    assessed: progress.assessed,
    active: progress.active,
  };
  await recordRead(auth, { kind: "export", name: "scenes.geojson", year, rows: collection.features.length });
  return new Response(JSON.stringify(collection), {
    headers: yearExportHeaders(`scenes-${year}.geojson`, status, "application/geo+json; charset=utf-8"),
  });
});

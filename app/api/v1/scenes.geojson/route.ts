import { recordRead } from "@/lib/audit/reads";
import { authorizeApiRequest, apiError } from "@/lib/auth/api-user";
import { toSceneFeatureCollection } from "@/lib/exports/geojson";
import { listExportScenes } from "@/lib/exports/queries";
import { messages } from "@/lib/i18n";
import { parseYear, YEAR_PARAM } from "@/lib/url/year";

// GET /api/v1/scenes.geojson?ar=2024: the scenes that count in the year, in the caller's scope,
// as a GeoJSON FeatureCollection with the year's extents.

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeApiRequest(request, "export:read");
  if ("response" in auth) return auth.response;
  const year = parseYear(new URL(request.url).searchParams.get(YEAR_PARAM));
  if (year === null) return apiError(400, messages.exports.invalidYear);

  const collection = toSceneFeatureCollection(await listExportScenes(auth.user, year));
  await recordRead(auth, { kind: "export", name: "scenes.geojson", year, rows: collection.features.length });
  return new Response(JSON.stringify(collection), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="scenes-${year}.geojson"`,
      "Cache-Control": "no-store",
    },
  });
}

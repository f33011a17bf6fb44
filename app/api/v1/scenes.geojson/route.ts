import { authorizeApiRequest, apiError } from "@/lib/auth/api-user";
import { toSceneFeatureCollection } from "@/lib/exports/geojson";
import { listExportScenes } from "@/lib/exports/queries";
import { exportYearSchema } from "@/lib/exports/schemas";
import { messages } from "@/lib/i18n";

// GET /api/v1/scenes.geojson?year=2024: the scenes that count in the year, in the caller's scope,
// as a GeoJSON FeatureCollection with the year's extents.

export async function GET(request: Request): Promise<Response> {
  const auth = await authorizeApiRequest(request, "export:read");
  if ("response" in auth) return auth.response;
  const year = exportYearSchema.safeParse(new URL(request.url).searchParams.get("year") ?? "");
  if (!year.success) return apiError(400, messages.exports.invalidYear);

  const scenes = await listExportScenes(auth.user, year.data);
  return new Response(JSON.stringify(toSceneFeatureCollection(scenes)), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="scenes-${year.data}.geojson"`,
      "Cache-Control": "no-store",
    },
  });
}

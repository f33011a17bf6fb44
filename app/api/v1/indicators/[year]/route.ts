import { recordRead } from "@/lib/audit/reads";
import { apiError, authorizeApiRequest } from "@/lib/auth/api-user";
import { messages } from "@/lib/i18n";
import { listIndicatorsForYear } from "@/lib/indicators/queries";
import { parseYear } from "@/lib/url/year";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/v1/indicators/{year}: the outcome indicators per scene for the year, over the
// caller's scope (session or personal access token).

export const GET = respondWhenDatabaseUnavailable(async function GET(
  request: Request,
  { params }: RouteContext<"/api/v1/indicators/[year]">,
) {
  const auth = await authorizeApiRequest(request, "stats:read");
  if ("response" in auth) return auth.response;
  const year = parseYear((await params).year);
  if (year === null) return apiError(400, messages.exports.invalidYear);
  const scenes = await listIndicatorsForYear(auth.user, year);
  await recordRead(auth, { kind: "api", name: "indicators", year, rows: scenes.length });
  return Response.json(
    {
      year,
      scenes: scenes.map((scene) => ({
        ref: scene.ref,
        name: scene.name,
        municipalityCode: scene.municipalityCode,
        policeAreaId: scene.policeAreaId,
        values: scene.values,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});

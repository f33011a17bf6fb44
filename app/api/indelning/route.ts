import { getPlaceAtPoint } from "@/lib/areas/place-at-point";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { pointQuerySchema } from "@/lib/areas/point-query";
import { messages } from "@/lib/i18n";
import { todayInSweden } from "@/lib/scenes/attribution";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/indelning?lat=59.4098&lng=17.926: the municipality, district and LPO at a point, for
// the scene form to fill in as soon as the point is set. For those who register scenes. It hands
// out reference data and boundaries only (no scene, no case data), so its reads are not logged;
// the save checks the place again on the server.

const noStore = { "Cache-Control": "no-store" };

export const GET = respondWhenDatabaseUnavailable(async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: messages.places.api.signedOut }, { status: 401, headers: noStore });
  if (!can(user, "scene:create")) return Response.json({ error: messages.places.api.forbidden }, { status: 403, headers: noStore });
  const query = pointQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: messages.places.api.badPoint }, { status: 400, headers: noStore });
  return Response.json(await getPlaceAtPoint(query.data, todayInSweden()), { headers: noStore });
});

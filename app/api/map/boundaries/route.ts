import { apiError } from "@/lib/auth/api-user";
import { getCurrentUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { listBaseBoundaries } from "@/lib/map/queries";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/map/boundaries: the base map's areas (municipality and district boundaries: public
// reference data, no case data, so not recorded as a read). Fetched by the map code only, so that
// pages without a map carry none of it, and cached by the browser across the session's pages.
export const GET = respondWhenDatabaseUnavailable(async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return apiError(401, messages.errors.unauthenticated);
  return Response.json(await listBaseBoundaries(), { headers: { "Cache-Control": "private, max-age=600" } });
});

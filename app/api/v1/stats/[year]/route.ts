import { authorizeApiRequest } from "@/lib/auth/api-user";
import { answerStats } from "@/lib/stats/api-answer";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/v1/stats/{year} (JSON) and /api/v1/stats/{year}.csv: the year's figures over the
// caller's scope, for a session or a personal access token. A token's request is usually answered
// before Next, by the same function (lib/hot-reads/stats-api.ts).

export const GET = respondWhenDatabaseUnavailable(async function GET(request: Request, { params }: RouteContext<"/api/v1/stats/[year]">) {
  const auth = await authorizeApiRequest(request, "stats:read");
  if ("response" in auth) return auth.response;
  return answerStats(auth, (await params).year);
});

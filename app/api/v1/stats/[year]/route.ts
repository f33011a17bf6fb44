import { recordRead } from "@/lib/audit/reads";
import { authorizeApiRequest, apiError } from "@/lib/auth/api-user";
import { messages } from "@/lib/i18n";
import { statsRowCount, statsToCsv } from "@/lib/stats/csv";
import { getCachedYearStats } from "@/lib/stats/dashboard";
import { yearExportHeaders } from "@/lib/exports/year-status";
import { parseYear } from "@/lib/url/year";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/v1/stats/{year} (JSON) and /api/v1/stats/{year}.csv: the year's figures over the
// caller's scope, for a session or a personal access token.

export const GET = respondWhenDatabaseUnavailable(async function GET(request: Request, { params }: RouteContext<"/api/v1/stats/[year]">) {
  const auth = await authorizeApiRequest(request, "stats:read");
  if ("response" in auth) return auth.response;
  const match = /^(.*?)(\.csv)?$/.exec((await params).year)!;
  const year = parseYear(match[1]);
  if (year === null) return apiError(400, messages.exports.invalidYear);
  const stats = await getCachedYearStats(auth.user, year);
  // The JSON and the CSV carry the same per-area rows.
  await recordRead(auth, { kind: "api", name: match[2] ? "stats.csv" : "stats", year, rows: statsRowCount(stats) });
  if (match[2]) {
    const status = { complete: stats.complete, note: null };
    return new Response(statsToCsv(stats), { headers: yearExportHeaders(`stats-${year}.csv`, status, "text/csv; charset=utf-8") });
  }
  return Response.json(stats, { headers: { "Cache-Control": "no-store" } });
});

import "server-only";
import { recordRead } from "@/lib/audit/reads";
import { apiError } from "@/lib/auth/api-caller";
import type { SessionUser } from "@/lib/auth/permissions";
import { yearExportHeaders } from "@/lib/exports/year-status";
import { messages } from "@/lib/i18n";
import { parseYear } from "@/lib/url/year";
import { statsRowCount, statsToCsv } from "./csv";
import { getCachedYearStats } from "./dashboard";

// The answer of GET /api/v1/stats/{year} and /api/v1/stats/{year}.csv to an authorized caller: the
// year's figures over their scope, read-audited. The route (app/api/v1/stats/[year]) and the hot
// read before Next (lib/hot-reads/stats-api.ts) both answer with it.

/** `segment`: the path's last part, "2025" or "2025.csv". */
export async function answerStats(reader: { user: SessionUser; tokenId: string | null }, segment: string): Promise<Response> {
  const match = /^(.*?)(\.csv)?$/.exec(segment)!;
  const year = parseYear(match[1]);
  if (year === null) return apiError(400, messages.exports.invalidYear);
  const stats = await getCachedYearStats(reader.user, year);
  // The JSON and the CSV carry the same per-area rows.
  await recordRead(reader, { kind: "api", name: match[2] ? "stats.csv" : "stats", year, rows: statsRowCount(stats) });
  if (match[2]) {
    const status = { complete: stats.complete, note: null };
    return new Response(statsToCsv(stats), { headers: yearExportHeaders(`stats-${year}.csv`, status, "text/csv; charset=utf-8") });
  }
  return Response.json(stats, { headers: { "Cache-Control": "no-store" } });
}

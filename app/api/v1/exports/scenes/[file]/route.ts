import { recordRead } from "@/lib/audit/reads";
import { authorizeApiRequest, apiError } from "@/lib/auth/api-user";
import { getQuestionnaire } from "@/lib/assessments/questionnaire/queries";
import { toCsv } from "@/lib/exports/csv";
import { listExportScenes } from "@/lib/exports/queries";
import { exportFileName, readExportFileName } from "@/lib/exports/schemas";
import { buildSceneTable } from "@/lib/exports/table";
import { toXlsx } from "@/lib/exports/xlsx";
import { describeExportYear, yearExportHeaders } from "@/lib/exports/year-status";
import { getLastAssessableYear, getYearProgress } from "@/lib/rounds/queries";
import { messages } from "@/lib/i18n";
import { parseYear } from "@/lib/url/year";
import { FIRST_YEAR } from "@/lib/years";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /api/v1/exports/scenes/scenes-2024.csv and …/scenes-2024.xlsx: the scenes that count in the
// year, in the caller's scope, one row each with every answer of the year's questionnaire.
// The year sits in the file name so that a saved download keeps a telling name; a year in
// progress is marked preliminary (lib/exports/year-status.ts).

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const GET = respondWhenDatabaseUnavailable(async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const auth = await authorizeApiRequest(request, "export:read");
  if ("response" in auth) return auth.response;
  const file = readExportFileName((await params).file);
  if (!file) return apiError(404, messages.exports.unknownFile);
  // Up to the last year analysts may assess: next year too once its round is open, since its own
  // questionnaire (and so its own columns) is in use from then on.
  const last = await getLastAssessableYear();
  const year = parseYear(file.year, () => ({ first: FIRST_YEAR, last }));
  if (year === null) return apiError(400, messages.exports.invalidYear);

  const [scenes, questionnaire, progress] = await Promise.all([
    listExportScenes(auth.user, year),
    getQuestionnaire(year),
    getYearProgress(auth.user, year),
  ]);
  const status = describeExportYear(progress);
  const table = buildSceneTable(questionnaire, scenes);
  await recordRead(auth, { kind: "export", name: `scenes.${file.format}`, year, rows: table.rows.length });
  const body =
    file.format === "csv"
      ? toCsv(
          table.columns.map((c) => c.key),
          table.rows,
        )
      : await toXlsx(table, messages.exports.sheetName(year), status.note);
  return new Response(body, { headers: yearExportHeaders(exportFileName(year, file.format), status, CONTENT_TYPES[file.format]) });
});

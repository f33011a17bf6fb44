import "server-only";
import { recordRead } from "@/lib/audit/reads";
import { apiError, authorizeApiRequest } from "@/lib/auth/api-user";
import { toCsv } from "@/lib/exports/csv";
import type { ExportFormat } from "@/lib/exports/schemas";
import { toXlsx } from "@/lib/exports/xlsx";
import { messages } from "@/lib/i18n";
import { buildWhatWorksTable, describeWhatWorks, whatWorksFileName } from "./export";
import { getWhatWorks } from "./queries";
import { readWhatWorksFilters, type WhatWorks, type WhatWorksFilters } from "./schemas";

// GET /api/v1/what-works (JSON) and /api/v1/exports/what-works.{csv,xlsx}: the same figures over
// the caller's scope. The JSON is a statistic (a token with statistics only reads it); the files
// are exports, as the other files are.

const t = messages.whatWorks;

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

type Format = "json" | ExportFormat;

/** The caller and the filters, or the response that refuses them (401, 403, or 400 for a bad query). */
async function authorize(request: Request, format: Format) {
  const auth = await authorizeApiRequest(request, format === "json" ? "stats:read" : "export:read");
  if ("response" in auth) return auth;
  const read = readWhatWorksFilters(new URL(request.url).searchParams);
  if (!read.ok) return { response: apiError(400, read.problem === "order" ? t.api.reversed : t.api.invalidYear(read.param)) };
  return { ...auth, filters: read.filters };
}

const asked = ({ from, to }: WhatWorksFilters) => ({ from, to });

const countGroups = (whatWorks: WhatWorks) => whatWorks.byType.length + whatWorks.byActor.length + whatWorks.byActors.length;

export async function respondWithWhatWorks(request: Request, format: Format): Promise<Response> {
  const auth = await authorize(request, format);
  if ("response" in auth) return auth.response;
  const whatWorks = await getWhatWorks(auth.user, auth.filters);

  if (format === "json") {
    await recordRead(auth, { kind: "api", name: "what-works", year: null, filters: asked(auth.filters), rows: countGroups(whatWorks) });
    return Response.json(whatWorks, { headers: { "Cache-Control": "no-store" } });
  }

  const table = buildWhatWorksTable(whatWorks);
  await recordRead(auth, {
    kind: "export",
    name: `what-works.${format}`,
    year: null,
    filters: asked(auth.filters),
    rows: table.rows.length,
  });
  const body =
    format === "csv"
      ? toCsv(
          table.columns.map((c) => c.key),
          table.rows,
        )
      : await toXlsx(table, t.export.sheetName, null, {
          columns: { name: t.export.columnsSheet, column: t.export.column, description: t.export.description },
          about: { name: t.export.aboutSheet, lines: describeWhatWorks(whatWorks) },
        });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${whatWorksFileName(auth.filters, format)}"`,
      "Cache-Control": "no-store",
    },
  });
}

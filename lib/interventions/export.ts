import "server-only";
import { recordRead } from "@/lib/audit/reads";
import { apiError, authorizeApiRequest } from "@/lib/auth/api-user";
import { toCsv } from "@/lib/exports/csv";
import type { ExportFormat } from "@/lib/exports/schemas";
import type { Cell, ExportTable } from "@/lib/exports/types";
import { toXlsx } from "@/lib/exports/xlsx";
import { messages } from "@/lib/i18n";
import { effectLabel, interventionActorLabel, interventionTypeLabel } from "./labels";
import { listExportInterventions, type InterventionListRow } from "./queries";
import { readExportFilters } from "./schemas";

// The interventions export, the same table as CSV and XLSX: stable codes for tools beside their
// Swedish labels for people, as the scenes export does.

const t = messages.interventions.columns;

const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

const columns: { key: string; description: string; value: (r: InterventionListRow) => Cell }[] = [
  { key: "id", description: t.id, value: (r) => r.id },
  { key: "sceneRef", description: t.sceneRef, value: (r) => r.sceneRef },
  { key: "sceneName", description: t.sceneName, value: (r) => r.sceneName },
  { key: "municipalityCode", description: t.municipalityCode, value: (r) => r.municipalityCode },
  { key: "municipalityName", description: t.municipalityName, value: (r) => r.municipalityName },
  { key: "policeArea", description: t.policeArea, value: (r) => r.policeAreaName },
  { key: "type", description: t.type, value: (r) => r.type },
  { key: "type (text)", description: t.typeText, value: (r) => interventionTypeLabel(r.type) },
  { key: "actor", description: t.actor, value: (r) => r.actor },
  { key: "actor (text)", description: t.actorText, value: (r) => interventionActorLabel(r.actor) },
  { key: "startDate", description: t.startDate, value: (r) => r.startDate },
  { key: "endDate", description: t.endDate, value: (r) => r.endDate },
  { key: "description", description: t.description, value: (r) => r.description },
  { key: "effect", description: t.effect, value: (r) => r.effect },
  { key: "effect (text)", description: t.effectText, value: (r) => (r.effect ? effectLabel(r.effect) : null) },
  { key: "evaluation", description: t.evaluation, value: (r) => r.evaluation },
  { key: "evaluatedAt", description: t.evaluatedAt, value: (r) => (r.evaluatedAt ? stockholmDay.format(r.evaluatedAt) : null) },
];

export function buildInterventionTable(rows: InterventionListRow[]): ExportTable {
  return {
    columns: columns.map(({ key, description }) => ({ key, description })),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET /api/v1/exports/interventions.{csv,xlsx}: the filtered interventions in the caller's scope. */
export async function respondWithInterventions(request: Request, format: ExportFormat): Promise<Response> {
  const auth = await authorizeApiRequest(request, "export:read");
  if ("response" in auth) return auth.response;
  const read = readExportFilters(new URL(request.url).searchParams);
  if (!read.ok) return apiError(400, messages.interventions.invalidFilter(read.param));

  const table = buildInterventionTable(await listExportInterventions(auth.user, read.filters));
  const { year, type, actor, municipality, policeArea } = read.filters;
  await recordRead(auth, {
    kind: "export",
    name: `interventions.${format}`,
    year: year ?? null,
    filters: { interventionType: type, interventionActor: actor, municipality, policeArea },
    rows: table.rows.length,
  });
  const body =
    format === "csv"
      ? toCsv(
          table.columns.map((c) => c.key),
          table.rows,
        )
      : await toXlsx(table, messages.interventions.sheetName);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="interventions.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}

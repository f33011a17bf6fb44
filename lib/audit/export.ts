import "server-only";
import { formatCsvCell, CSV_SEPARATOR } from "@/lib/exports/csv";
import type { Cell } from "@/lib/exports/types";
import { messages } from "@/lib/i18n";
import { describeChanges, eventLabel, type AuditLabels } from "./describe";
import { listAllAuditEvents, listAuditLabels, type AuditLogRow } from "./queries";
import type { AuditFilters } from "./schemas";
import { formatStockholmTime } from "./time";

// The audit log as CSV for an auditor: every event the filters match (not one page), in the
// words the log page shows, beside the stored codes and ids an investigation searches for.
// The same CSV dialect as the exports (lib/exports/csv.ts): a BOM for Excel, `;`, CRLF.

const t = messages.audit;
const c = t.csvColumns;

const columns: { header: string; value: (row: AuditLogRow, labels: AuditLabels) => Cell }[] = [
  { header: c.time, value: (row) => formatStockholmTime(row.at) },
  { header: c.actorName, value: (row) => row.actorName ?? (row.actorEmail ? null : t.system) },
  { header: c.actorEmail, value: (row) => row.actorEmail },
  { header: c.event, value: (row) => eventLabel(row.type) },
  { header: c.eventType, value: (row) => row.type },
  {
    header: c.entityType,
    value: (row) =>
      Object.hasOwn(t.entityTypes, row.entityType) ? t.entityTypes[row.entityType as keyof typeof t.entityTypes] : row.entityType,
  },
  { header: c.entity, value: (row) => entityText(row) },
  { header: c.entityId, value: (row) => row.entityId },
  {
    header: c.changes,
    value: (row, labels) =>
      describeChanges(row.before, row.after, labels)
        .map((line) => `${line.label}: ${line.value}`)
        .join("\n"),
  },
  { header: c.comment, value: (row) => row.comment },
];

/** The record an event is about, as the log page names it. */
export function entityText(row: Pick<AuditLogRow, "entityType" | "entityId" | "entity">): string {
  const { entity } = row;
  switch (entity?.entityType) {
    case "scene":
      return `${entity.ref} ${entity.name}`;
    case "assessment":
      return t.assessmentLabel(entity.sceneRef, entity.year);
    case "user":
      return `${entity.name} (${entity.email})`;
    case "intervention_type":
      return t.interventionTypeLabel(entity.label);
    default:
      return row.entityType === "export" || row.entityType === "api" ? (t.reads[row.entityId] ?? row.entityId) : row.entityId;
  }
}

const line = (cells: Cell[]) => cells.map(formatCsvCell).join(CSV_SEPARATOR) + "\r\n";

/**
 * The CSV of every event the filters match, streamed batch by batch, and how many rows it holds
 * (known before the first byte, so the download is logged with its count before it leaves).
 */
export async function streamAuditCsv(filters: Partial<AuditFilters>): Promise<{ rows: number; body: ReadableStream<Uint8Array> }> {
  const [{ total, batches }, labels] = await Promise.all([listAllAuditEvents(filters), listAuditLabels()]);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + line(columns.map((col) => col.header))));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => line(columns.map((col) => col.value(row, labels)))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return { rows: total, body };
}

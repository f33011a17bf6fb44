import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { eventLabel, type AuditLabels } from "@/lib/audit/describe";
import type { AuditLogRow } from "@/lib/audit/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { AuditChanges } from "./audit-changes";
import { EntityLabel } from "./entity-label";

const t = messages.audit;

/**
 * Who acted: their name and role, with the address the event recorded beneath it (names repeat,
 * addresses do not, and the log is read to hold someone to account).
 */
function Actor({ row }: { row: AuditLogRow }) {
  if (!row.actorEmail) return t.system;
  return (
    <>
      {row.actorName ? (
        <span className="block">
          {row.actorName}
          {row.actorRole && <span className="text-slate-700"> ({messages.roles[row.actorRole]})</span>}
        </span>
      ) : null}
      <span className="block text-sm break-all text-slate-700">{row.actorEmail}</span>
    </>
  );
}

/** The audit log, one event a row, newest first as the query returns it. */
export function AuditTable({ rows, labels }: { rows: AuditLogRow[]; labels?: AuditLabels }) {
  const columns: Column<AuditLogRow>[] = [
    {
      header: t.time,
      className: "whitespace-nowrap",
      cell: (row) => <time dateTime={row.at.toISOString()}>{formatStockholmTime(row.at)}</time>,
    },
    { header: t.actor, cell: (row) => <Actor row={row} /> },
    { header: t.type, cell: (row) => eventLabel(row.type) },
    { header: t.entity, cell: (row) => <EntityLabel row={row} /> },
    { header: t.changes, cell: (row) => <AuditChanges before={row.before} after={row.after} comment={row.comment} labels={labels} /> },
  ];
  return <DataTable caption={t.title} columns={columns} rows={rows} rowKey={(row) => row.id} rowClassName="align-top" />;
}

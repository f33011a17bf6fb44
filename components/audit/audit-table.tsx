import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { eventLabel } from "@/lib/audit/describe";
import type { AuditLogRow, ReferenceNames } from "@/lib/audit/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { AuditChanges } from "./audit-changes";
import { EntityLabel } from "./entity-label";

const t = messages.audit;

/** The audit log, one event a row, newest first as the query returns it. */
export function AuditTable({ rows, names }: { rows: AuditLogRow[]; names?: ReferenceNames }) {
  const columns: Column<AuditLogRow>[] = [
    {
      header: t.time,
      className: "whitespace-nowrap",
      cell: (row) => <time dateTime={row.at.toISOString()}>{formatStockholmTime(row.at)}</time>,
    },
    { header: t.actor, className: "break-all", cell: (row) => row.actorEmail ?? t.system },
    { header: t.type, cell: (row) => eventLabel(row.type) },
    { header: t.entity, cell: (row) => <EntityLabel row={row} /> },
    { header: t.changes, cell: (row) => <AuditChanges before={row.before} after={row.after} comment={row.comment} names={names} /> },
  ];
  return <DataTable caption={t.title} columns={columns} rows={rows} rowKey={(row) => row.id} rowClassName="align-top" />;
}

import { messages } from "@/lib/i18n";
import { eventLabel } from "@/lib/audit/describe";
import type { AuditLogRow, ReferenceNames } from "@/lib/audit/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { AuditChanges } from "./audit-changes";
import { EntityLabel } from "./entity-label";

const t = messages.audit;

/** The audit log, one event a row, newest first as the query returns it. */
export function AuditTable({ rows, names }: { rows: AuditLogRow[]; names?: ReferenceNames }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{t.title}</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            {[t.time, t.actor, t.type, t.entity, t.changes].map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top last:border-0">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={row.at.toISOString()}>{formatStockholmTime(row.at)}</time>
              </td>
              <td className="px-3 py-2 break-all">{row.actorEmail ?? t.system}</td>
              <td className="px-3 py-2">{eventLabel(row.type)}</td>
              <td className="px-3 py-2">
                <EntityLabel row={row} />
              </td>
              <td className="px-3 py-2">
                <AuditChanges before={row.before} after={row.after} comment={row.comment} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

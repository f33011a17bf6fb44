import { messages } from "@/lib/i18n";
import { eventLabel, type AuditLabels } from "@/lib/audit/describe";
import type { EntityHistoryRow } from "@/lib/audit/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { AuditChanges } from "./audit-changes";

const t = messages.audit;

/** The person by name and role; the recorded address only when the account is gone. */
function actorText(event: EntityHistoryRow): string {
  if (event.actorName)
    return event.actorRole ? messages.review.actorWithRole(event.actorName, messages.roles[event.actorRole]) : event.actorName;
  return event.actorEmail ?? t.system;
}

/** A record's history, oldest first: who did what, when, and what it changed. */
export function EntityHistory({ events, labels, label = t.history }: { events: EntityHistoryRow[]; labels?: AuditLabels; label?: string }) {
  if (!events.length) return <p className="rounded border border-slate-300 bg-white p-6">{t.noHistory}</p>;
  return (
    <ol aria-label={label} className="space-y-3 border-l-4 border-slate-300 pl-4">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-slate-300 bg-white p-3">
          <p className="mb-1">
            <span className="font-medium">{eventLabel(event.type)}</span>
            <span className="text-slate-700">
              {" · "}
              <time dateTime={event.at.toISOString()}>{formatStockholmTime(event.at)}</time>
              {" · "}
              {actorText(event)}
            </span>
          </p>
          <AuditChanges before={event.before} after={event.after} comment={event.comment} labels={labels} />
        </li>
      ))}
    </ol>
  );
}

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { formatStockholmTime } from "@/lib/audit/time";
import { messages } from "@/lib/i18n";
import { headline, reminderLines, type NotificationContent } from "@/lib/notifications/content";

const t = messages.notifications;

export type NotificationRowView = { id: string; createdAt: Date; readAt: Date | null; content: NotificationContent };

const readStyles = { unread: "border-blue-800 bg-blue-50 text-blue-900", read: "border-slate-400 bg-white text-slate-700" };

/**
 * The person's notifications. Each opens through /notiser/<id>, which marks it read and goes on
 * to its page: a plain link, never prefetched, since following it is what marks it read.
 */
export function NotificationTable({ rows }: { rows: NotificationRowView[] }) {
  return (
    <DataTable
      caption={t.listCaption}
      rows={rows}
      rowKey={(row) => row.id}
      rowClassName={(row) => (row.readAt ? "" : "bg-blue-50/40")}
      columns={[
        {
          header: t.notification,
          rowHeader: true,
          cell: (row) => (
            <>
              <a href={`/notiser/${row.id}`} className={`text-blue-800 underline ${row.readAt ? "" : "font-semibold"}`}>
                {headline(row.content)}
              </a>
              {row.content.kind === "ROUND_REMINDER" && (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {reminderLines(row.content.items).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </>
          ),
        },
        { header: t.received, cell: (row) => <span className="whitespace-nowrap">{formatStockholmTime(row.createdAt)}</span> },
        {
          header: t.status,
          cell: (row) =>
            row.readAt ? (
              <Badge value="read" label={t.read} styles={readStyles} />
            ) : (
              <Badge value="unread" label={t.unread} styles={readStyles} />
            ),
        },
      ]}
    />
  );
}

import type { ActiveSessionRow } from "@/lib/auth/sessions/store";
import { describeUserAgent } from "@/lib/account/user-agent";
import { messages } from "@/lib/i18n";
import { DataTable } from "@/components/ui/data-table";

const t = messages.account.sessions;

const formatTime = (date: Date) =>
  new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" }).format(date);

function methodLabel(method: string): string {
  if (t.methods[method]) return t.methods[method];
  return method.startsWith("oidc:") ? t.provider(method.slice(5)) : method;
}

/** The person's live sessions, the one they are using marked. */
export function SessionTable({ sessions, currentId }: { sessions: ActiveSessionRow[]; currentId: string }) {
  return (
    <DataTable
      caption={t.caption}
      testId="session-table"
      rows={sessions}
      rowKey={(s) => s.id}
      rowClassName={(s) => (s.id === currentId ? "bg-blue-50" : "")}
      columns={[
        {
          header: t.started,
          rowHeader: true,
          cell: (s) => (
            <>
              {formatTime(s.createdAt)}
              {s.id === currentId && <span className="ml-2 font-semibold">{t.current}</span>}
            </>
          ),
        },
        { header: t.lastSeen, cell: (s) => formatTime(s.lastSeenAt) },
        { header: t.method, cell: (s) => methodLabel(s.method) },
        { header: t.address, cell: (s) => s.ipAddress ?? t.unknown },
        { header: t.browser, cell: (s) => describeUserAgent(s.userAgent) ?? t.unknown },
      ]}
    />
  );
}

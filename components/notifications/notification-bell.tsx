import Link from "next/link";
import { messages } from "@/lib/i18n";

const t = messages.notifications;

/** The header's link to /notiser: a bell, and the number of unread notifications in words for screen readers. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notiser"
      className="inline-flex items-center gap-1 rounded border border-slate-500 px-2 py-1 hover:bg-slate-100"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only">{t.bell(unread)}</span>
      {unread > 0 && (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}

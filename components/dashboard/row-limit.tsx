import Link from "next/link";
import { messages } from "@/lib/i18n";
import type { LongTable } from "@/lib/url/dashboard";

const t = messages.dashboard;

/**
 * How the dashboard shortens its tables: at most `rows` rows, except the one table asked for in
 * full. At national scale the page stays small and the whole table is one link (or the export)
 * away. Null: every row (the printed report).
 */
export type RowLimit = { rows: number; expanded: LongTable | null; href: (table: LongTable | null) => string } | null;

/** The rows to show of a table, and the link to the rest (or back), if any. */
export function limitRows<T>(table: LongTable, rows: T[], limit: RowLimit): { shown: T[]; more: React.ReactNode } {
  if (!limit || rows.length <= limit.rows) return { shown: rows, more: null };
  if (limit.expanded === table) {
    return { shown: rows, more: <MoreLink href={`${limit.href(null)}#${table}`} text={t.showFewer(limit.rows)} /> };
  }
  const more = (
    <MoreLink href={`${limit.href(table)}#${table}`} text={t.showAll(rows.length)} note={t.showingFirst(limit.rows, rows.length)} />
  );
  return { shown: rows.slice(0, limit.rows), more };
}

export function MoreLink({ href, text, note }: { href: string; text: string; note?: string }) {
  return (
    <p className="mt-1 text-sm">
      {note && <span className="text-slate-700">{note} </span>}
      <Link href={href} className="text-blue-800 underline">
        {text}
      </Link>
    </p>
  );
}

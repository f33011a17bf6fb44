import { DataTable, type Column } from "@/components/ui/data-table";
import type { ChangeRow } from "@/lib/assessments/questionnaire/change-text";
import { messages } from "@/lib/i18n";

const t = messages.questionnaires;

const columns: Column<ChangeRow & { key: number }>[] = [
  { header: t.question, cell: (row) => row.subject, rowHeader: true },
  { header: t.change, cell: (row) => row.change },
  { header: t.before, cell: (row) => row.before || "—" },
  { header: t.after, cell: (row) => row.after || "—" },
];

/** What changed between two versions, one row a change. */
export function ChangeTable({ rows, from, to }: { rows: ChangeRow[]; from: number; to: number }) {
  if (!rows.length) return <p className="rounded border border-slate-300 bg-white p-4">{t.noChanges}</p>;
  return (
    <DataTable
      caption={t.changesCaption(from, to)}
      columns={columns}
      rows={rows.map((row, key) => ({ ...row, key }))}
      rowKey={(row) => row.key}
      testId="questionnaire-changes"
    />
  );
}

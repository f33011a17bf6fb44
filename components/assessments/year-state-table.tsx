import type { YearStateRow } from "@/lib/assessments/work-lists";
import { messages } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.workLists;

type Counts = Omit<YearStateRow, "key" | "name">;

const counts: { header: string; count: keyof Counts }[] = [
  { header: t.active, count: "active" },
  { header: t.assessedFinal, count: "assessed" },
  { header: t.assessed, count: "cosigned" },
  { header: t.submittedCount, count: "submitted" },
  { header: t.inProgress, count: "inProgress" },
  { header: t.missingCount, count: "missing" },
];

/** The year's mapping per area: followed scenes and how far their assessments have come, with their total. */
export function YearStateTable({ rows, caption, areaLabel }: { rows: YearStateRow[]; caption: string; areaLabel: string }) {
  const total: YearStateRow = { key: "total", name: t.total, active: 0, assessed: 0, cosigned: 0, submitted: 0, inProgress: 0, missing: 0 };
  for (const row of rows) for (const { count } of counts) total[count] += row[count];
  const columns: Column<YearStateRow>[] = [
    { header: areaLabel, rowHeader: true, cell: (row) => row.name },
    ...counts.map(({ header, count }) => ({ header, className: "tabular-nums", cell: (row: YearStateRow) => row[count] })),
  ];
  return <DataTable caption={caption} showCaption columns={columns} rows={rows} rowKey={(row) => row.key} footer={total} />;
}

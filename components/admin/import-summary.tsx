import { DataTable, type Column } from "@/components/ui/data-table";
import { importFile } from "@/lib/i18n/sv/admin";
import type { ImportSummary } from "@/lib/import/run-import";

const t = importFile;

type Row = { label: string; counts: ImportSummary["scenes"] };

const columns: Column<Row>[] = [
  { header: null, rowHeader: true, cell: (row) => row.label },
  { header: t.created, className: "tabular-nums", cell: (row) => row.counts.created },
  { header: t.updated, className: "tabular-nums", cell: (row) => row.counts.updated },
  { header: t.unchanged, className: "tabular-nums", cell: (row) => row.counts.unchanged },
];

/** What an import wrote: scenes and assessments created, updated and left as they were. */
export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  const rows: Row[] = [
    { label: t.scenes, counts: summary.scenes },
    { label: t.assessments, counts: summary.assessments },
  ];
  return <DataTable caption={t.summaryTitle} columns={columns} rows={rows} rowKey={(row) => row.label} testId="import-summary" />;
}

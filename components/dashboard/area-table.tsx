import { goalStatus } from "@/lib/stats/derive";
import { messages } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.dashboard;

type Row = { key: string; name: string; extra?: string; scenes: number; previousYear: number; change: number };

const goal = { "on-track": t.onTrack, "off-track": t.offTrack, pending: t.pending, "not-applicable": t.notApplicable };
const goalClass = { "on-track": "text-green-800", "off-track": "text-red-800", pending: "text-amber-900", "not-applicable": "" };

/** Scenes per area for the year: count, the year before, change and the goal status. */
export function AreaTable({
  id,
  caption,
  areaLabel,
  extraLabel,
  rows,
  year,
  complete,
  more,
}: {
  /** The anchor of the table, where its "show all" link returns. */
  id: string;
  caption: string;
  areaLabel: string;
  extraLabel?: string;
  rows: Row[];
  year: number;
  /** While the year is not complete, no area gets a verdict. */
  complete: boolean;
  /** The link to the rest of the rows, when the table is shortened. */
  more?: React.ReactNode;
}) {
  const columns: Column<Row>[] = [
    { header: areaLabel, rowHeader: true, cell: (row) => row.name },
    ...(extraLabel ? [{ header: extraLabel, cell: (row: Row) => row.extra }] : []),
    { header: year, cell: (row) => row.scenes },
    { header: t.previousYear(year - 1), cell: (row) => row.previousYear },
    { header: t.change, cell: (row) => t.signed(row.change) },
    {
      header: t.goal,
      cell: (row) => {
        const status = goalStatus(row, complete);
        return <span className={goalClass[status]}>{goal[status]}</span>;
      },
    },
  ];
  return (
    <div id={id}>
      <DataTable
        caption={caption}
        showCaption
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        rowClassName={(row) => (row.scenes === 0 && row.previousYear === 0 ? "text-slate-600" : "")}
        className="tabular-nums"
        compact
      />
      {more}
    </div>
  );
}

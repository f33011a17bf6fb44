import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { INDICATORS, type IndicatorCode } from "@/lib/indicators/codes";
import { formatIndicatorValue } from "@/lib/indicators/format";
import type { SceneIndicatorRow } from "@/lib/indicators/queries";
import { buildHref } from "@/lib/url/href";
import { YEAR_PARAM } from "@/lib/url/year";

const t = messages.indicators;
const labels = messages.outcomes.indicators;

type Props = {
  rows: SceneIndicatorRow[];
  /** The page with the form: given when the user may correct values, to link each one there. */
  editBase?: string;
};

function Cell({ row, editBase }: { row: SceneIndicatorRow | undefined; editBase?: string }) {
  if (!row) return <span className="text-slate-500">—</span>;
  const period = row.periodFrom || row.periodTo ? t.period(row.periodFrom ?? "…", row.periodTo ?? "…") : null;
  const label = labels[row.indicator];
  return (
    <div className="flex flex-col gap-0.5">
      <span className="text-base font-semibold tabular-nums">{formatIndicatorValue(row.indicator, row.value)}</span>
      <span className="text-sm text-slate-700">{row.source}</span>
      {period && <span className="text-sm text-slate-600">{period}</span>}
      {row.sampleSize !== null && (
        <span className="text-sm text-slate-600">{t.sampleSizeShort(row.sampleSize.toLocaleString("sv-SE"))}</span>
      )}
      {editBase && (
        <Link
          href={`${buildHref(editBase, { [YEAR_PARAM]: row.year, indikator: row.indicator })}#indikatorvarde`}
          className="text-sm text-blue-800 underline"
          aria-label={t.editLabel(label, row.year)}
        >
          {t.edit}
        </Link>
      )}
    </div>
  );
}

type YearRow = { year: number; values: Map<IndicatorCode, SceneIndicatorRow> };

/** A scene's values, one row per year and one column per indicator, with source and period. */
export function IndicatorTable({ rows, editBase }: Props) {
  if (rows.length === 0) return <p>{t.empty}</p>;
  const byYear = new Map<number, Map<IndicatorCode, SceneIndicatorRow>>();
  for (const row of rows) byYear.set(row.year, (byYear.get(row.year) ?? new Map()).set(row.indicator, row));
  const years = [...byYear].map(([year, values]): YearRow => ({ year, values })).sort((a, b) => b.year - a.year);
  const columns: Column<YearRow>[] = [
    { header: t.year, rowHeader: true, className: "tabular-nums", cell: (row) => row.year },
    ...INDICATORS.map((code) => ({
      header: labels[code],
      cell: (row: YearRow) => <Cell row={row.values.get(code)} editBase={editBase} />,
    })),
  ];
  return <DataTable caption={t.tableCaption} columns={columns} rows={years} rowKey={(row) => row.year} rowClassName="align-top" />;
}

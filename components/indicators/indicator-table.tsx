import Link from "next/link";
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

/** A scene's values, one row per year and one column per indicator, with source and period. */
export function IndicatorTable({ rows, editBase }: Props) {
  if (rows.length === 0) return <p>{t.empty}</p>;
  const byYear = new Map<number, Map<IndicatorCode, SceneIndicatorRow>>();
  for (const row of rows) byYear.set(row.year, (byYear.get(row.year) ?? new Map()).set(row.indicator, row));
  const years = [...byYear.keys()].sort((a, b) => b - a);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t.tableCaption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t.year}
            </th>
            {INDICATORS.map((code) => (
              <th key={code} scope="col" className="py-2 pr-4">
                {labels[code]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 tabular-nums">
                {year}
              </th>
              {INDICATORS.map((code) => (
                <td key={code} className="py-2 pr-4">
                  <Cell row={byYear.get(year)?.get(code)} editBase={editBase} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

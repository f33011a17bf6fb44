import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";

const t = messages.dashboard;

type Point = { year: number; scenes: number };

type Row = Point & { change: number | null };

const columns: Column<Row>[] = [
  { header: t.year, rowHeader: true, cell: (p) => p.year },
  { header: t.count, className: "tabular-nums", cell: (p) => p.scenes },
  { header: t.change, className: "tabular-nums", cell: (p) => (p.change === null ? "—" : t.signed(p.change)) },
];

/**
 * Scenes per year as a bar chart, drawn on the server as SVG, with the same figures in a table
 * behind a toggle (<details> works without JavaScript). Bars after a fall are green.
 */
export function SeriesChart({ series, selectedYear }: { series: Point[]; selectedYear: number }) {
  const max = Math.max(1, ...series.map((p) => p.scenes));
  const barWidth = 48;
  const gap = 20;
  const height = 180;
  const width = series.length * (barWidth + gap) + gap;
  const summary = series.map((p) => `${p.year}: ${p.scenes}`).join(", ");
  const rows = series.map((p, i): Row => ({ ...p, change: i > 0 ? p.scenes - series[i - 1]!.scenes : null }));
  return (
    <figure>
      <svg role="img" aria-label={t.goalChartLabel(summary)} viewBox={`0 0 ${width} ${height + 56}`} className="h-auto w-full max-w-2xl">
        {series.map((p, i) => {
          const h = Math.round((p.scenes / max) * height);
          const x = gap + i * (barWidth + gap);
          const fell = i > 0 && p.scenes < series[i - 1]!.scenes;
          return (
            <g key={p.year}>
              <rect
                x={x}
                y={height - h + 26}
                width={barWidth}
                height={h}
                className={fell ? "fill-green-700" : "fill-slate-500"}
                stroke={p.year === selectedYear ? "#1e3a8a" : "none"}
                strokeWidth={3}
              />
              <text x={x + barWidth / 2} y={height - h + 20} textAnchor="middle" className="fill-slate-900 text-[13px]">
                {p.scenes}
              </text>
              <text x={x + barWidth / 2} y={height + 46} textAnchor="middle" className="fill-slate-700 text-[13px]">
                {p.year}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2">
        <summary className="cursor-pointer text-blue-800 underline">{t.showTable}</summary>
        <div className="mt-2 max-w-md">
          <DataTable caption={t.goalTitle} columns={columns} rows={rows} rowKey={(p) => p.year} compact />
        </div>
      </details>
    </figure>
  );
}

import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { judgeSeries, type SeriesPoint, type JudgedPoint } from "@/lib/stats/series";

const t = messages.dashboard;
const c = messages.dashboard.chart;

// Drawn on the server as SVG, so it prints and needs no script. The goal is "fewer every year":
// each bar is drawn against a dashed mark at the year before's count, and coloured by whether it
// is below it. A preliminary year is hatched and gets no verdict. Colour is never the only cue:
// the legend, the "prel." marks and the table say the same in words.

const BAR = 44;
const GAP = 22;
const PLOT_HEIGHT = 200;
const TOP = 24;
const LEFT = 48;
const BOTTOM = 50;

const fill: Record<JudgedPoint["verdict"], string> = {
  "on-track": "fill-green-700",
  "off-track": "fill-red-700",
  first: "fill-slate-500",
  preliminary: "fill-[url(#preliminary-hatch)]",
};

/** Round steps for the y-axis: 1, 2, 5, 10, 20, 50… whichever gives at most five ticks. */
function axisTicks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

export function SeriesChart({ series, selectedYear }: { series: SeriesPoint[]; selectedYear: number }) {
  const points = judgeSeries(series);
  const ticks = axisTicks(Math.max(1, ...series.map((p) => p.scenes)));
  const top = ticks[ticks.length - 1]!;
  const y = (value: number) => TOP + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
  const width = LEFT + points.length * (BAR + GAP) + GAP;
  const summary = points.map((p) => `${p.year}: ${p.scenes}${p.preliminary ? ` (${c.preliminaryShort})` : ""}`).join(", ");
  return (
    <figure>
      <svg
        role="img"
        aria-label={t.goalChartLabel(summary)}
        viewBox={`0 0 ${width} ${TOP + PLOT_HEIGHT + BOTTOM}`}
        className="h-auto w-full max-w-3xl"
      >
        <defs>
          <pattern id="preliminary-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="fill-amber-100" />
            <line x1="0" y1="0" x2="0" y2="8" className="stroke-amber-800" strokeWidth="4" />
          </pattern>
        </defs>
        <text x={4} y={12} className="fill-slate-700 text-[12px]">
          {c.axisLabel}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={width - GAP / 2} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
            <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end" className="fill-slate-700 text-[12px] tabular-nums">
              {tick}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PLOT_HEIGHT} className="stroke-slate-500" />
        {points.map((p, i) => {
          const x = LEFT + GAP + i * (BAR + GAP);
          return (
            <g key={p.year}>
              <rect
                x={x}
                y={y(p.scenes)}
                width={BAR}
                height={TOP + PLOT_HEIGHT - y(p.scenes)}
                className={`${fill[p.verdict]} ${p.preliminary ? "stroke-amber-800" : ""}`}
                stroke={p.year === selectedYear ? "#1e3a8a" : undefined}
                strokeWidth={p.year === selectedYear ? 3 : 1}
              />
              {p.previous !== null && (
                <line
                  x1={x - 6}
                  x2={x + BAR + 6}
                  y1={y(p.previous)}
                  y2={y(p.previous)}
                  className="stroke-slate-900"
                  strokeWidth={2}
                  strokeDasharray="5 3"
                />
              )}
              <text x={x + BAR / 2} y={y(p.scenes) - 6} textAnchor="middle" className="fill-slate-900 text-[13px] font-semibold">
                {p.scenes}
              </text>
              <text x={x + BAR / 2} y={TOP + PLOT_HEIGHT + 18} textAnchor="middle" className="fill-slate-800 text-[13px]">
                {p.year}
              </text>
              {p.preliminary && (
                <text x={x + BAR / 2} y={TOP + PLOT_HEIGHT + 34} textAnchor="middle" className="fill-amber-900 text-[11px]">
                  {c.preliminaryShort}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ChartLegend />
      <details className="mt-2">
        <summary className="cursor-pointer text-blue-800 underline">{t.showTable}</summary>
        <div className="mt-2 max-w-xl">
          <DataTable caption={t.goalTitle} columns={columns} rows={points} rowKey={(p) => p.year} compact />
        </div>
      </details>
    </figure>
  );
}

const columns: Column<JudgedPoint>[] = [
  { header: t.year, rowHeader: true, cell: (p) => p.year },
  { header: t.count, className: "tabular-nums", cell: (p) => p.scenes },
  { header: t.change, className: "tabular-nums", cell: (p) => (p.previous === null ? "—" : t.signed(p.scenes - p.previous)) },
  { header: t.goal, cell: (p) => c.verdicts[p.verdict] },
];

function ChartLegend() {
  const swatch = "inline-block h-3.5 w-5 rounded-sm border align-[-2px]";
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800" aria-label={c.legend}>
      <li>
        <span aria-hidden className={`${swatch} border-green-800 bg-green-700`} /> {c.verdicts["on-track"]}
      </li>
      <li>
        <span aria-hidden className={`${swatch} border-red-800 bg-red-700`} /> {c.verdicts["off-track"]}
      </li>
      <li>
        <span aria-hidden className={`${swatch} border-slate-600 bg-slate-500`} /> {c.verdicts.first}
      </li>
      <li>
        <span aria-hidden className={`${swatch} border-amber-800 bg-[repeating-linear-gradient(45deg,#92400e_0_3px,#fef3c7_3px_6px)]`} />{" "}
        {c.verdicts.preliminary}
      </li>
      <li>
        <span aria-hidden className="inline-block w-6 border-t-2 border-dashed border-slate-900 align-middle" /> {c.previousMark}
      </li>
    </ul>
  );
}

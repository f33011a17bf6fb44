import { messages } from "@/lib/i18n";

const t = messages.dashboard;

type Point = { year: number; scenes: number };

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
        <table className="mt-2 rounded border border-slate-300 bg-white text-left">
          <caption className="sr-only">{t.goalTitle}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-1">
                {t.year}
              </th>
              <th scope="col" className="px-3 py-1">
                {t.count}
              </th>
              <th scope="col" className="px-3 py-1">
                {t.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((p, i) => (
              <tr key={p.year} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {p.year}
                </th>
                <td className="px-3 py-1 tabular-nums">{p.scenes}</td>
                <td className="px-3 py-1 tabular-nums">{i > 0 ? t.signed(p.scenes - series[i - 1]!.scenes) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import { goalStatus } from "@/lib/stats/derive";
import { messages } from "@/lib/i18n";

const t = messages.dashboard;

type Row = { key: string; name: string; extra?: string; scenes: number; previousYear: number; change: number };

/** Scenes per area for the year: count, the year before, change and the goal status. */
export function AreaTable({ caption, areaLabel, extraLabel, rows, year }: { caption: string; areaLabel: string; extraLabel?: string; rows: Row[]; year: number }) {
  const goal = { "on-track": t.onTrack, "off-track": t.offTrack, "not-applicable": t.notApplicable };
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="px-3 py-2 text-left text-lg font-semibold">{caption}</caption>
        <thead className="border-y border-slate-300 bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{areaLabel}</th>
            {extraLabel && <th scope="col" className="px-3 py-2">{extraLabel}</th>}
            <th scope="col" className="px-3 py-2">{year}</th>
            <th scope="col" className="px-3 py-2">{t.previousYear(year - 1)}</th>
            <th scope="col" className="px-3 py-2">{t.change}</th>
            <th scope="col" className="px-3 py-2">{t.goal}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const status = goalStatus(row);
            return (
              <tr key={row.key} className={`border-b border-slate-200 ${row.scenes === 0 && row.previousYear === 0 ? "text-slate-600" : ""}`}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{row.name}</th>
                {extraLabel && <td className="px-3 py-1.5">{row.extra}</td>}
                <td className="px-3 py-1.5 tabular-nums">{row.scenes}</td>
                <td className="px-3 py-1.5 tabular-nums">{row.previousYear}</td>
                <td className="px-3 py-1.5 tabular-nums">{t.signed(row.change)}</td>
                <td className={`px-3 py-1.5 ${status === "on-track" ? "text-green-800" : status === "off-track" ? "text-red-800" : ""}`}>{goal[status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

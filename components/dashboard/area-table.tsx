import { goalStatus } from "@/lib/stats/derive";
import { messages } from "@/lib/i18n";
import { DataTable } from "@/components/ui/data-table";

const t = messages.dashboard;

type Row = { key: string; name: string; extra?: string; scenes: number; previousYear: number; change: number };

/** Scenes per area for the year: count, the year before, change and the goal status. */
export function AreaTable({
  caption,
  areaLabel,
  extraLabel,
  rows,
  year,
}: {
  caption: string;
  areaLabel: string;
  extraLabel?: string;
  rows: Row[];
  year: number;
}) {
  const goal = { "on-track": t.onTrack, "off-track": t.offTrack, "not-applicable": t.notApplicable };
  return (
    <DataTable
      caption={caption}
      showCaption
      headers={[areaLabel, ...(extraLabel ? [extraLabel] : []), year, t.previousYear(year - 1), t.change, t.goal]}
    >
      {rows.map((row) => {
        const status = goalStatus(row);
        return (
          <tr key={row.key} className={`border-b border-slate-200 ${row.scenes === 0 && row.previousYear === 0 ? "text-slate-600" : ""}`}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              {row.name}
            </th>
            {extraLabel && <td className="px-3 py-1.5">{row.extra}</td>}
            <td className="px-3 py-1.5 tabular-nums">{row.scenes}</td>
            <td className="px-3 py-1.5 tabular-nums">{row.previousYear}</td>
            <td className="px-3 py-1.5 tabular-nums">{t.signed(row.change)}</td>
            <td className={`px-3 py-1.5 ${status === "on-track" ? "text-green-800" : status === "off-track" ? "text-red-800" : ""}`}>
              {goal[status]}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

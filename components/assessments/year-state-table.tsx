import type { YearStateRow } from "@/lib/assessments/work-lists";
import { messages } from "@/lib/i18n";
import { DataTable } from "@/components/ui/data-table";

const t = messages.workLists;

/** The year's mapping per area: followed scenes and how far their assessments have come. */
export function YearStateTable({ rows, caption, areaLabel }: { rows: YearStateRow[]; caption: string; areaLabel: string }) {
  const total = rows.reduce(
    (sum, r) => ({
      active: sum.active + r.active,
      cosigned: sum.cosigned + r.cosigned,
      submitted: sum.submitted + r.submitted,
      inProgress: sum.inProgress + r.inProgress,
      missing: sum.missing + r.missing,
    }),
    { active: 0, cosigned: 0, submitted: 0, inProgress: 0, missing: 0 },
  );
  const cells = (r: Omit<YearStateRow, "key" | "name">) => [r.active, r.cosigned, r.submitted, r.inProgress, r.missing];
  return (
    <DataTable
      caption={caption}
      showCaption
      headers={[areaLabel, t.active, t.assessed, t.submittedCount, t.inProgress, t.missingCount]}
      footer={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t.total}
          </th>
          {cells(total).map((n, i) => (
            <td key={i} className="px-3 py-2 tabular-nums">
              {n}
            </td>
          ))}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.key} className="border-b border-slate-200">
          <th scope="row" className="px-3 py-2 font-normal">
            {row.name}
          </th>
          {cells(row).map((n, i) => (
            <td key={i} className="px-3 py-2 tabular-nums">
              {n}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

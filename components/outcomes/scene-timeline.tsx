import { DataTable } from "@/components/ui/data-table";
import { INDICATORS } from "@/lib/indicators/codes";
import { messages } from "@/lib/i18n";
import type { TimelineYear } from "@/lib/outcomes/timeline";
import { formatArea } from "@/lib/scenes/geometry";
import { formatIndicatorValue } from "@/lib/indicators/format";

const t = messages.outcomes;

export function SceneTimeline({ years }: { years: TimelineYear[] }) {
  return (
    <DataTable
      caption={t.followUp.timeline}
      showCaption
      headers={[
        t.followUp.year,
        t.followUp.classification,
        t.followUp.area,
        ...INDICATORS.map((code) => t.indicators[code]),
        t.followUp.interventions,
      ]}
    >
      {years.map((y) => (
        <tr key={y.year} className="border-b border-slate-200 align-top">
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {y.year}
          </th>
          <td className="px-3 py-2">
            {y.isOpenDrugScene === null ? t.followUp.notAssessed : y.isOpenDrugScene ? t.followUp.yes : t.followUp.no}
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{y.areaM2 !== null ? formatArea(y.areaM2) : t.followUp.none}</td>
          {INDICATORS.map((code) => (
            <td key={code} className="px-3 py-2 tabular-nums">
              {formatIndicatorValue(code, y.indicators[code])}
            </td>
          ))}
          <td className="px-3 py-2">
            {y.interventions.length
              ? y.interventions.map((i) => t.interventionTypes[i.type as keyof typeof t.interventionTypes] ?? i.type).join(", ")
              : t.followUp.none}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

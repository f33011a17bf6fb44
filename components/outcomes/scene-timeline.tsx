import { DataTable, type Column } from "@/components/ui/data-table";
import { INDICATORS } from "@/lib/indicators/codes";
import { messages } from "@/lib/i18n";
import type { TimelineYear } from "@/lib/outcomes/timeline";
import { formatArea } from "@/lib/scenes/geometry";
import { formatIndicatorValue } from "@/lib/indicators/format";

const t = messages.outcomes;

const interventionLabel = (type: string) => t.interventionTypes[type as keyof typeof t.interventionTypes] ?? type;

const columns: Column<TimelineYear>[] = [
  { header: t.followUp.year, rowHeader: true, cell: (y) => y.year },
  {
    header: t.followUp.classification,
    cell: (y) => (y.isOpenDrugScene === null ? t.followUp.notAssessed : y.isOpenDrugScene ? t.followUp.yes : t.followUp.no),
  },
  { header: t.followUp.area, className: "whitespace-nowrap", cell: (y) => (y.areaM2 !== null ? formatArea(y.areaM2) : t.followUp.none) },
  ...INDICATORS.map((code) => ({
    header: t.indicators[code],
    className: "tabular-nums",
    cell: (y: TimelineYear) => formatIndicatorValue(code, y.indicators[code]),
  })),
  {
    header: t.followUp.interventions,
    cell: (y) => (y.interventions.length ? y.interventions.map((i) => interventionLabel(i.type)).join(", ") : t.followUp.none),
  },
];

/** A scene year by year: classification, extent, indicators and the interventions under way. */
export function SceneTimeline({ years }: { years: TimelineYear[] }) {
  return (
    <DataTable caption={t.followUp.timeline} showCaption columns={columns} rows={years} rowKey={(y) => y.year} rowClassName="align-top" />
  );
}

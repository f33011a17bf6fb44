import { DataTable, type Column } from "@/components/ui/data-table";
import { toIsoDay } from "@/lib/days";
import { messages } from "@/lib/i18n";
import type { InterventionFollowUp } from "@/lib/outcomes/timeline";
import { formatIndicatorValue } from "@/lib/indicators/format";

const t = messages.outcomes;

type Comparison = InterventionFollowUp["comparison"][number];

/** For each intervention: each indicator's mean before and after it started. */
export function InterventionComparisons({ followUps }: { followUps: InterventionFollowUp[] }) {
  if (followUps.length === 0) return <p>{t.followUp.noInterventions}</p>;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      {followUps.map((f) => (
        <DataTable
          key={f.id}
          caption={caption(f)}
          showCaption
          columns={columns(f.comparison[0])}
          rows={f.comparison}
          rowKey={(c) => c.indicator}
        />
      ))}
    </div>
  );
}

function caption(f: InterventionFollowUp): string {
  const type = t.interventionTypes[f.type as keyof typeof t.interventionTypes] ?? f.type;
  const actor = t.actors[f.actor as keyof typeof t.actors] ?? f.actor;
  const effect = f.effect ? ` · ${t.effects[f.effect as keyof typeof t.effects] ?? f.effect}` : "";
  return `${type} · ${actor} · ${t.followUp.started(toIsoDay(f.startDate))}${effect}`;
}

/** The years before and after are the same for every indicator of an intervention: the first row names them. */
const columns = (first: Comparison | undefined): Column<Comparison>[] => [
  { header: t.followUp.indicator, rowHeader: true, cell: (c) => t.indicators[c.indicator] },
  {
    header: t.followUp.before(first?.beforeYears ?? []),
    className: "tabular-nums",
    cell: (c) => formatIndicatorValue(c.indicator, c.before),
  },
  { header: t.followUp.after(first?.afterYears ?? []), className: "tabular-nums", cell: (c) => formatIndicatorValue(c.indicator, c.after) },
];

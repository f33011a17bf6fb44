import type { ReactNode } from "react";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { messages } from "@/lib/i18n";
import type { OutcomeRow } from "@/lib/stats/outcomes";
import type { YearStats } from "@/lib/stats/year-stats";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { LongTable } from "@/lib/url/dashboard";
import { limitRows, type RowLimit } from "./row-limit";

const t = messages.outcomes.panels;

type Props = {
  year: number;
  outcomes: YearStats["outcomes"];
  byMunicipality: OutcomeRow[];
  byPoliceArea: OutcomeRow[];
  limit: RowLimit;
};

/** The sub-goals: violent crime (down), detected crime beside the police's work (up), safety. */
export function OutcomePanels({ year, outcomes, byMunicipality, byPoliceArea, limit }: Props) {
  const policeScenes = byMunicipality.reduce((sum, r) => sum + r.policeActionScenes, 0);
  const interventions = byMunicipality.reduce((sum, r) => sum + r.interventions, 0);
  const cards = [
    {
      id: "violent",
      label: t.violent,
      goal: t.violentGoal,
      value: formatIndicatorValue("violent_crimes", outcomes.violentCrimes),
      previous: formatIndicatorValue("violent_crimes", outcomes.violentCrimesPreviousYear),
    },
    {
      id: "detected",
      label: t.detected,
      goal: t.detectedGoal,
      value: formatIndicatorValue("detected_crimes", outcomes.detectedCrimes),
      previous: formatIndicatorValue("detected_crimes", outcomes.detectedCrimesPreviousYear),
      note: t.policeWork(policeScenes, interventions),
    },
    { id: "unsafe", label: t.unsafe, goal: t.unsafeGoal, value: formatIndicatorValue("unsafe_share", outcomes.unsafeShare) },
  ];
  return (
    <section aria-labelledby="outcomes-heading" className="flex flex-col gap-4 break-inside-avoid">
      <h2 id="outcomes-heading">{t.title}</h2>
      <p className="-mt-2 text-slate-700">{t.intro}</p>
      <dl className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {cards.map((c) => (
          <div key={c.id} className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm font-medium text-slate-700">
              {c.label} <span className="font-normal">({c.goal})</span>
            </dt>
            <dd className="text-3xl font-semibold tabular-nums" data-testid={`outcome-${c.id}`}>
              {c.value}
            </dd>
            {c.previous !== undefined && <dd className="text-sm text-slate-700">{t.versus(year - 1, c.previous)}</dd>}
            {c.note && <dd className="mt-1 text-sm text-slate-800">{c.note}</dd>}
          </div>
        ))}
      </dl>
      <OutcomeTable id="utfall-kommuner" caption={t.byMunicipality} rows={byMunicipality} year={year} limit={limit} />
      <OutcomeTable id="utfall-lokalpolisomraden" caption={t.byPoliceArea} rows={byPoliceArea} year={year} limit={limit} />
    </section>
  );
}

type TableProps = { id: LongTable; caption: string; rows: OutcomeRow[]; year: number; limit: RowLimit };

function OutcomeTable({ id, caption, rows, year, limit }: TableProps) {
  const figure = (header: string, cell: (r: OutcomeRow) => ReactNode): Column<OutcomeRow> => ({ header, cell });
  const columns: Column<OutcomeRow>[] = [
    { header: t.area, rowHeader: true, cell: (r) => r.name },
    figure(t.scenes, (r) => r.scenes),
    figure(`${t.violent} ${year}`, (r) => formatIndicatorValue("violent_crimes", r.violentCrimes)),
    figure(`${year - 1}`, (r) => formatIndicatorValue("violent_crimes", r.violentCrimesPreviousYear)),
    figure(`${t.detected} ${year}`, (r) => formatIndicatorValue("detected_crimes", r.detectedCrimes)),
    figure(`${year - 1}`, (r) => formatIndicatorValue("detected_crimes", r.detectedCrimesPreviousYear)),
    figure(t.policeActions, (r) => r.policeActionScenes),
    figure(t.interventions, (r) => r.interventions),
    figure(t.unsafe, (r) => formatIndicatorValue("unsafe_share", r.unsafeShare)),
  ];
  const { shown, more } = limitRows(id, rows, limit);
  return (
    <div id={id}>
      <DataTable
        caption={caption}
        showCaption
        columns={columns}
        rows={shown}
        rowKey={(r) => r.key}
        className="text-sm tabular-nums"
        compact
      />
      {more}
    </div>
  );
}

import { messages } from "@/lib/i18n";
import { interventionActorLabel, interventionActorsLabel, interventionTypeLabel } from "@/lib/interventions/labels";
import type { WhatWorks, WhatWorksRow } from "@/lib/what-works/schemas";
import { GroupCard } from "./group-card";

const t = messages.whatWorks;

function Cut({
  id,
  title,
  intro,
  empty = t.empty,
  rows,
  label,
  describe,
}: {
  id: string;
  title: string;
  intro?: string;
  empty?: string;
  rows: WhatWorksRow[];
  label: (key: string) => string;
  describe?: (key: string) => string;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2">
        {title}
      </h2>
      {intro && <p className="mb-3 text-slate-700">{intro}</p>}
      {rows.length === 0 ? (
        <p className="rounded border border-slate-300 bg-white p-4">{empty}</p>
      ) : (
        <div className="flex flex-col gap-4">
          {rows.map((row) => (
            <GroupCard key={row.key} row={row} label={label(row.key)} description={describe?.(row.key)} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The view and its printed report: per type (with its method), per actor, per combination of actors. */
export function WhatWorksView({ data, descriptions }: { data: WhatWorks; descriptions: Record<string, string> }) {
  return (
    <>
      <Cut id="by-type" title={t.byType} rows={data.byType} label={interventionTypeLabel} describe={(key) => descriptions[key] ?? ""} />
      <Cut id="by-actor" title={t.byActor} rows={data.byActor} label={interventionActorLabel} />
      <Cut
        id="by-actors"
        title={t.byActors}
        intro={t.byActorsIntro}
        empty={t.emptyCombinations}
        rows={data.byActors}
        label={interventionActorsLabel}
      />
      <section aria-labelledby="what-works-method" className="mt-8 break-inside-avoid">
        <h2 id="what-works-method" className="mb-2">
          {t.method}
        </h2>
        {t.methodText.map((paragraph) => (
          <p key={paragraph} className="mb-2 max-w-3xl">
            {paragraph}
          </p>
        ))}
      </section>
    </>
  );
}

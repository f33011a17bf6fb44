import { messages } from "@/lib/i18n";
import { formatShare } from "@/lib/what-works/format";
import type { WhatWorksRow } from "@/lib/what-works/schemas";
import { GroupTable } from "./group-table";

const t = messages.whatWorks;

/** A group of interventions (a type, an actor or a combination): what it is, its figures, its judged effects. */
export function GroupCard({ row, label, description }: { row: WhatWorksRow; label: string; description?: string }) {
  const headingId = `group-${row.key.replace(/[^a-z_+]/g, "")}`;
  const { ceased } = row;
  return (
    <section
      aria-labelledby={headingId}
      className="break-inside-avoid rounded border border-slate-300 bg-white p-4"
      data-testid="what-works-group"
    >
      <h3 id={headingId} className="text-lg">
        {label}
      </h3>
      <p className="text-slate-700">{t.summary(row.interventions, row.scenes)}</p>
      {description !== undefined && <p className="mt-1 max-w-3xl whitespace-pre-line">{description || t.noDescription}</p>}
      <div className="mt-3">
        <GroupTable caption={`${label}: ${t.treated.toLowerCase()} och ${t.comparison.toLowerCase()}`} measures={row.measures} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t.detectedNote}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t.measures.ceased}</dt>
        <dd>
          {t.treated}: {formatShare(ceased.treated.share)} ({ceased.treated.scenes} {t.scenes.toLowerCase()}) · {t.comparison}:{" "}
          {formatShare(ceased.comparison.share)} ({ceased.comparison.scenes} {t.scenes.toLowerCase()})
          {ceased.tooFew && <span className="text-amber-900"> · {t.tooFew}</span>}
        </dd>
        <dt className="font-medium">{t.effects}</dt>
        <dd>{t.effectCounts(row.effects)}</dd>
      </dl>
    </section>
  );
}

import { toIsoDay } from "@/lib/days";
import { messages } from "@/lib/i18n";
import type { InterventionFollowUp } from "@/lib/outcomes/timeline";
import { formatIndicatorValue } from "@/lib/indicators/format";

const t = messages.outcomes;

/** For each intervention: each indicator's mean before and after it started. */
export function InterventionComparisons({ followUps }: { followUps: InterventionFollowUp[] }) {
  if (followUps.length === 0) return <p>{t.followUp.noInterventions}</p>;
  return (
    <div className="flex flex-col gap-4">
      {followUps.map((f) => {
        const type = t.interventionTypes[f.type as keyof typeof t.interventionTypes] ?? f.type;
        const actor = t.actors[f.actor as keyof typeof t.actors] ?? f.actor;
        const [first] = f.comparison;
        return (
          <table key={f.id} className="w-full max-w-3xl rounded border border-slate-300 bg-white text-left">
            <caption className="px-3 py-2 text-left font-semibold">
              {type} · {actor} · {t.followUp.started(toIsoDay(f.startDate))}
              {f.effect && ` · ${t.effects[f.effect as keyof typeof t.effects] ?? f.effect}`}
            </caption>
            <thead className="border-y border-slate-300 bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t.followUp.indicator}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.followUp.before(first?.beforeYears ?? [])}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t.followUp.after(first?.afterYears ?? [])}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.comparison.map((c) => (
                <tr key={c.indicator} className="border-b border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {t.indicators[c.indicator]}
                  </th>
                  <td className="px-3 py-2 tabular-nums">{formatIndicatorValue(c.indicator, c.before)}</td>
                  <td className="px-3 py-2 tabular-nums">{formatIndicatorValue(c.indicator, c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

import { messages } from "@/lib/i18n";
import type { YearStats } from "@/lib/stats/year-stats";

const t = messages.dashboard;

/**
 * Says whether the year's figures are final. A year in progress is marked preliminary with how
 * much is assessed, so that nobody reads unassessed scenes as ceased ones.
 */
export function YearStatus({ stats }: { stats: Pick<YearStats, "complete" | "assessed" | "active" | "notYetAssessed"> }) {
  if (stats.complete && stats.notYetAssessed === 0) return null;
  if (stats.complete) {
    return (
      <p role="note" className="rounded border border-slate-400 bg-slate-50 px-4 py-3" data-testid="year-status">
        {t.closedWithMissing(stats.notYetAssessed)}
      </p>
    );
  }
  return (
    <div role="note" className="rounded border-2 border-amber-700 bg-amber-50 px-4 py-3" data-testid="year-status">
      <p className="font-semibold">{t.preliminary(stats.assessed, stats.active)}</p>
      <p>{t.preliminaryText}</p>
    </div>
  );
}

import type { YearStats } from "@/lib/stats/year-stats";
import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";

const t = messages.dashboard;

/** The year's headline figures, each with its label; the first carries the goal status. */
export function KeyFigures({ stats, municipalityCount }: { stats: YearStats; municipalityCount: number }) {
  const figures: { label: string; value: string; note?: string; testId: string }[] = [
    {
      label: t.scenes,
      value: String(stats.scenes),
      note: stats.hasPreviousYear ? `${t.signed(stats.change)} ${t.sinceLastYear(stats.year - 1)}` : t.firstYear,
      testId: "figure-scenes",
    },
    { label: t.newScenes, value: String(stats.new), testId: "figure-new" },
    { label: t.ceasedScenes, value: String(stats.ceased), testId: "figure-ceased" },
    ...(stats.notYetAssessed > 0
      ? [
          {
            label: stats.complete ? t.notAssessed : t.notYetAssessed,
            value: String(stats.notYetAssessed),
            testId: "figure-not-yet-assessed",
          },
        ]
      : []),
    {
      label: t.municipalities,
      value: String(stats.municipalitiesWithScenes),
      note: t.ofMunicipalities(municipalityCount),
      testId: "figure-municipalities",
    },
    { label: t.policeAreas, value: String(stats.policeAreasWithScenes), testId: "figure-police-areas" },
    { label: t.jointShare, value: t.percent(stats.jointShare), testId: "figure-joint-share" },
    { label: t.coverage, value: t.percent(stats.coverage), testId: "figure-coverage" },
    { label: t.area, value: formatArea(stats.areaM2), testId: "figure-area" },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f, i) => (
        <div key={f.label} className="rounded border border-slate-300 bg-white p-4">
          <dt className="text-sm font-medium text-slate-700">{f.label}</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid={f.testId}>
            {f.value}
          </dd>
          {f.note && <dd className="text-sm text-slate-700">{f.note}</dd>}
          {i === 0 && <GoalVerdict stats={stats} />}
        </div>
      ))}
    </dl>
  );
}

/** On track or not; a year in progress says preliminary instead, and the first year says nothing. */
function GoalVerdict({ stats }: { stats: YearStats }) {
  if (!stats.complete) return <dd className="mt-1 text-sm font-medium text-amber-900">{t.pending}</dd>;
  if (stats.onTrack === null) return null;
  return (
    <dd className={`mt-1 text-sm font-medium ${stats.onTrack ? "text-green-800" : "text-red-800"}`} data-testid="goal-verdict">
      {stats.onTrack ? t.onTrack : t.offTrack}
    </dd>
  );
}

import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { substanceOptions, symptomOptions } from "@/lib/assessments/questionnaire/version-1";
import { isYearComplete } from "@/lib/rounds/progress";
import { getLatestCompleteYear, listYearProgress } from "@/lib/rounds/queries";
import { sceneScopeKey } from "@/lib/scenes/scope";
import { currentYear } from "@/lib/years";
import { readThroughStatsCache } from "./cache";
import { countCollaboration, layOutCollaboration } from "./collaboration";
import { listOutcomesByArea } from "./outcomes";
import { countSeries } from "./queries";
import { getYearStats } from "./year-stats";

const label = (options: { code: string; label: string }[], code: string) => options.find((o) => o.code === code)?.label ?? code;

/**
 * Everything the dashboard and the yearly report show for a year, over the user's scope, computed
 * from scratch by the counting rules. Pages read it through getDashboard, which computes it once
 * per change of the data.
 */
export async function computeDashboard(user: SessionUser, year: number) {
  const [stats, counts, progress, outcomesByMunicipality, outcomesByPoliceArea, collaboration] = await Promise.all([
    getYearStats(user, year),
    countSeries(user, year),
    listYearProgress(user, year),
    listOutcomesByArea(user, year, "municipality"),
    listOutcomesByArea(user, year, "policeArea"),
    countCollaboration(user, year),
  ]);
  // Every year with data up to the year shown (a year's report never shows a later one), a year
  // whose scenes all ceased included with zero.
  const counted = new Map(counts.map((point) => [point.year, point.scenes]));
  const series = progress
    .filter((p) => p.hasData)
    .map((p) => ({ year: p.year, scenes: counted.get(p.year) ?? 0, preliminary: !isYearComplete(p) }));
  return {
    stats,
    series,
    outcomesByMunicipality,
    outcomesByPoliceArea,
    collaboration: layOutCollaboration(collaboration, series),
    substances: Object.entries(stats.bySubstance).map(([code, count]) => ({ label: label(substanceOptions, code), count })),
    symptoms: Object.entries(stats.bySymptom).map(([code, count]) => ({ label: label(symptomOptions, code), count })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof computeDashboard>>;

/** The dashboard's figures as of the latest write: one small query while nothing has changed. */
export function getDashboard(user: SessionUser, year: number): Promise<Dashboard> {
  return readThroughStatsCache(["dashboard", year, sceneScopeKey(user)], () => computeDashboard(user, year));
}

/** The year's figures alone, as the statistics API sends them: a quarter of the dashboard's payload to read. */
export function getCachedYearStats(user: SessionUser, year: number): Promise<Dashboard["stats"]> {
  return readThroughStatsCache(["stats", year, sceneScopeKey(user)], () => getYearStats(user, year));
}

/** Where the dashboard opens: the latest complete year with data in the user's scope, else this year. */
export async function getDashboardYear(user: SessionUser): Promise<number> {
  const thisYear = currentYear();
  const { year } = await readThroughStatsCache(["opening-year", thisYear, sceneScopeKey(user)], async () => ({
    year: await getLatestCompleteYear(user),
  }));
  return year ?? thisYear;
}

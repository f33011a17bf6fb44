import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { substanceOptions, symptomOptions } from "@/lib/assessments/questionnaire/version-1";
import { listMunicipalityShapes } from "@/lib/map/queries";
import { listCountedScenes } from "./map";
import { listOutcomesByArea } from "./outcomes";
import { isYearComplete } from "@/lib/rounds/progress";
import { listYearProgress } from "@/lib/rounds/queries";
import { countSeries } from "./queries";
import { getYearStats } from "./year-stats";

const label = (options: { code: string; label: string }[], code: string) => options.find((o) => o.code === code)?.label ?? code;

/** Everything the dashboard and the yearly report show for a year, over the user's scope. */
export async function getDashboard(user: SessionUser, year: number) {
  const [stats, counts, progress, scenes, outcomesByMunicipality, outcomesByPoliceArea] = await Promise.all([
    getYearStats(user, year),
    countSeries(user, year),
    listYearProgress(user, year),
    listCountedScenes(user, year),
    listOutcomesByArea(user, year, "municipality"),
    listOutcomesByArea(user, year, "policeArea"),
  ]);
  // Every year with data up to the year shown (a year's report never shows a later one), a year
  // whose scenes all ceased included with zero.
  const counted = new Map(counts.map((point) => [point.year, point.scenes]));
  const series = progress
    .filter((p) => p.hasData)
    .map((p) => ({ year: p.year, scenes: counted.get(p.year) ?? 0, preliminary: !isYearComplete(p) }));
  const byMunicipality = new Map(stats.byMunicipality.map((m) => [m.code, m.scenes]));
  return {
    stats,
    series,
    scenes,
    outcomesByMunicipality,
    outcomesByPoliceArea,
    municipalities: await listMunicipalityShapes(byMunicipality),
    substances: Object.entries(stats.bySubstance).map(([code, count]) => ({ label: label(substanceOptions, code), count })),
    symptoms: Object.entries(stats.bySymptom).map(([code, count]) => ({ label: label(symptomOptions, code), count })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

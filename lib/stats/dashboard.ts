import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { substanceOptions, symptomOptions } from "@/lib/assessments/questionnaire/version-1";
import { listMunicipalityShapes } from "@/lib/map/queries";
import { listCountedScenes } from "./map";
import { listOutcomesByArea } from "./outcomes";
import { countSeries } from "./queries";
import { getYearStats } from "./year-stats";

const label = (options: { code: string; label: string }[], code: string) => options.find((o) => o.code === code)?.label ?? code;

/** Everything the dashboard and the yearly report show for a year, over the user's scope. */
export async function getDashboard(user: SessionUser, year: number) {
  const [stats, series, scenes, outcomesByMunicipality, outcomesByPoliceArea] = await Promise.all([
    getYearStats(user, year),
    countSeries(user),
    listCountedScenes(user, year),
    listOutcomesByArea(user, year, "municipality"),
    listOutcomesByArea(user, year, "policeArea"),
  ]);
  const counts = new Map(stats.byMunicipality.map((m) => [m.code, m.scenes]));
  return {
    stats,
    series,
    scenes,
    outcomesByMunicipality,
    outcomesByPoliceArea,
    municipalities: await listMunicipalityShapes(counts),
    substances: Object.entries(stats.bySubstance).map(([code, count]) => ({ label: label(substanceOptions, code), count })),
    symptoms: Object.entries(stats.bySymptom).map(([code, count]) => ({ label: label(symptomOptions, code), count })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

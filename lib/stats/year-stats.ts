import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { substanceOptions, symptomOptions } from "@/lib/assessments/questionnaire/version-1";
import { countNotYetAssessed, isYearComplete } from "@/lib/rounds/progress";
import { judgeGoal, roundArea, share, withChange } from "./derive";
import { countAnswers, countByDistrict, countByMunicipality, countByPoliceArea, getOutcomeTotals, getYearTotals } from "./queries";

/** Every code with its count, zeros included, in the questionnaire's order. */
function countsByCode(options: { code: string }[], counts: Map<string, number>): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(options.map((o) => [o.code, counts.get(o.code) ?? 0]));
  for (const [code, count] of counts) result[code] ??= count;
  return result;
}

/** The year's figures in the shape of `GET /api/v1/stats/{year}`, over the user's scope. */
export async function getYearStats(user: SessionUser, year: number) {
  const [totals, municipalities, policeAreas, districts, answers, outcomes] = await Promise.all([
    getYearTotals(user, year),
    countByMunicipality(user, year),
    countByPoliceArea(user, year),
    countByDistrict(user, year),
    countAnswers(user, year),
    getOutcomeTotals(user, year),
  ]);
  const complete = isYearComplete(totals);
  return {
    year,
    scenes: totals.scenes,
    previousYear: totals.previousYear,
    change: totals.scenes - totals.previousYear,
    new: totals.new,
    ceased: totals.ceased,
    municipalitiesWithScenes: totals.municipalitiesWithScenes,
    policeAreasWithScenes: totals.policeAreasWithScenes,
    jointShare: share(totals.cosigned, totals.scenes),
    coverage: share(totals.assessed, totals.active),
    areaM2: roundArea(totals.areaM2),
    /** Null while the year is not complete, and in the first year with data. */
    onTrack: judgeGoal({ ...totals, complete }),
    /** False until every active scene has a final assessment or the round is closed: the figures are preliminary. */
    complete,
    active: totals.active,
    assessed: totals.assessed,
    notYetAssessed: countNotYetAssessed(totals),
    /** False in the first year with data: there is no year before to compare with. */
    hasPreviousYear: totals.hasPreviousYear,
    byMunicipality: municipalities.map(withChange),
    byPoliceArea: policeAreas.map(withChange),
    byDistrict: districts.map(withChange),
    bySubstance: countsByCode(substanceOptions, answers.substances),
    bySymptom: countsByCode(symptomOptions, answers.symptoms),
    outcomes,
  };
}

export type YearStats = Awaited<ReturnType<typeof getYearStats>>;

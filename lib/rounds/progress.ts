// How far a year's mapping has come, and what follows for its figures. Pure, so the rules are
// unit-tested on their own; the counts come from SQL (./queries.ts, lib/stats/queries.ts).

/** A year's mapping in a user's scope: scenes followed that year and how many are assessed. */
export type YearProgress = {
  /** Scenes followed in the year (active: registered, and not closed before the year). */
  active: number;
  /** Of them, those with a final (submitted or co-signed) assessment for the year. */
  assessed: number;
  /** The admin closed the year's round: what is not assessed by then stays so. */
  closed: boolean;
};

/**
 * A year is complete when every active scene has a final assessment, or when its round is closed.
 * Until then its figures are preliminary: a scene not yet assessed is not a scene that ceased.
 */
export function isYearComplete(progress: YearProgress): boolean {
  return progress.closed || progress.assessed >= progress.active;
}

export function countNotYetAssessed(progress: YearProgress): number {
  return Math.max(0, progress.active - progress.assessed);
}

/** The latest complete year that has data: where the dashboard opens. */
export function findLatestCompleteYear(years: (YearProgress & { year: number; hasData: boolean })[]): number | null {
  const complete = years.filter((y) => y.hasData && isYearComplete(y)).map((y) => y.year);
  return complete.length ? Math.max(...complete) : null;
}

/** Calendar days from today to the deadline, both YYYY-MM-DD: 0 on the last day, negative after it. */
export function countDaysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

// What follows from the counts the database returns: changes, shares and goal status, by the
// counting rules of ../shared/docs/domain.md. Pure, so the rules are unit-tested on their own.

/** A share 0–1 rounded to three decimals, or null when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

/** On track in Y when Count(Y) < Count(Y−1): fewer open drug scenes every year. */
export function isOnTrack(scenes: number, previousYear: number): boolean {
  return scenes < previousYear;
}

export type AreaCount = { scenes: number; previousYear: number };

/** An area's row with its change since the year before. */
export function withChange<T extends AreaCount>(row: T): T & { change: number } {
  return { ...row, change: row.scenes - row.previousYear };
}

/**
 * The county's verdict for a year, or null when there is none to give: the year is not complete
 * (its figures are preliminary), or it is the first year with data (nothing to compare with).
 */
export function judgeGoal(input: { scenes: number; previousYear: number; complete: boolean; hasPreviousYear: boolean }): boolean | null {
  if (!input.complete || !input.hasPreviousYear) return null;
  return isOnTrack(input.scenes, input.previousYear);
}

/**
 * The goal status of an area: on track, off track, pending while the year is not complete, or not
 * applicable when it had no scenes the year before (the goal is followed for the areas that had
 * scenes in Y−1).
 */
export function goalStatus(row: AreaCount, complete = true): "on-track" | "off-track" | "pending" | "not-applicable" {
  if (row.previousYear === 0) return "not-applicable";
  if (!complete) return "pending";
  return isOnTrack(row.scenes, row.previousYear) ? "on-track" : "off-track";
}

export function roundArea(areaM2: number): number {
  return Math.round(areaM2 * 10) / 10;
}

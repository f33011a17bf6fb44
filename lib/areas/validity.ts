// Areas (LPOs, districts, what an LPO covers) are valid between two ISO days, both inclusive;
// a missing bound is open-ended. Pure, so the seed, the attribution checks and tests share it.

export type Validity = { validFrom?: string | null; validTo?: string | null };

/** The period in which all the given validities hold, or null when they never overlap. */
export function intersectValidity(...periods: Validity[]): Validity | null {
  const froms = periods.map((p) => p.validFrom).filter((d): d is string => !!d);
  const tos = periods.map((p) => p.validTo).filter((d): d is string => !!d);
  const validFrom = froms.length ? froms.reduce((a, b) => (a > b ? a : b)) : null;
  const validTo = tos.length ? tos.reduce((a, b) => (a < b ? a : b)) : null;
  if (validFrom && validTo && validFrom > validTo) return null;
  return { validFrom, validTo };
}

/** Whether the period includes the given ISO day. */
export function isValidOn(period: Validity, day: string): boolean {
  return (!period.validFrom || period.validFrom <= day) && (!period.validTo || day <= period.validTo);
}

/** Whether the period overlaps the calendar year (an area valid any day of it). */
export function isValidInYear(period: Validity, year: number): boolean {
  return intersectValidity(period, { validFrom: `${year}-01-01`, validTo: `${year}-12-31` }) !== null;
}

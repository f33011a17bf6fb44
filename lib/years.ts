import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// The years the register follows, written once: the forms, the import, the filters, the URLs and
// the year pickers all read them from here. Client-safe. "This year" is read at each use, so a
// server that runs over New Year moves on with the calendar.

/** The register's first year: no scene, assessment or indicator is older. */
export const FIRST_YEAR = 2010;

export const currentYear = () => new Date().getFullYear();

export type YearRange = { first: number; last: number };

/** The years of scenes, assessments, indicators and statistics: FIRST_YEAR up to this year. */
export const followedYears = (): YearRange => ({ first: FIRST_YEAR, last: currentYear() });

/** Interventions are planned as well as recorded: their years reach one ahead. */
export const plannedYears = (): YearRange => ({ first: FIRST_YEAR, last: currentYear() + 1 });

export function isYearWithin(year: number, range: YearRange = followedYears()): boolean {
  return Number.isInteger(year) && year >= range.first && year <= range.last;
}

/** The years of the range, newest first: a year picker's options. */
export function listYears(range: YearRange = followedYears()): number[] {
  return Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i);
}

/** A year of the range as a form posts it or a file holds it ("2024" or 2024), four digits. */
function yearSchema(range: () => YearRange) {
  const outOfRange = () => messages.validation.yearOutOfRange(range().first, range().last);
  return z.coerce
    .string({ error: outOfRange })
    .trim()
    .regex(/^\d{4}$/, { error: outOfRange })
    .transform(Number)
    .refine((year) => isYearWithin(year, range()), { error: outOfRange });
}

/** A followed year: FIRST_YEAR up to this year. */
export const followedYearSchema = yearSchema(followedYears);

/** A year up to next year: an assessment may be started ahead once next year's round is open. */
export const plannedYearSchema = yearSchema(plannedYears);

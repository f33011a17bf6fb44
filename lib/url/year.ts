import { z } from "@/lib/forms/zod";
import { followedYears, isYearWithin, type YearRange } from "@/lib/years";

// A year in a URL, read in one place. One query parameter name across the app, `ar`, as the paths
// are Swedish (/platser, /rapport/2024). Pages read a path's year with requireYearSegment()
// (./year-segment.ts), route handlers answer their JSON 400 from parseYear(). Free of Next, so the
// client-safe schemas, the scripts and the browser can import it.

export const YEAR_PARAM = "ar";

/** What Next gives for a path segment or a query parameter (repeated: an array). */
export type UrlValue = string | string[] | null | undefined;

/** The range, asked for at each parse: "this year" moves on while a server runs. */
export type Years = () => YearRange;

/** Four digits naming a year of the range (by default the followed years), or null. */
export function parseYear(value: UrlValue, years: Years = followedYears): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isYearWithin(year, years()) ? year : null;
}

/** The `ar` parameter as a filter schema's field: undefined when absent or no year of the range. */
export const yearParamField = (years?: Years) =>
  z
    .unknown()
    .transform((value) => parseYear(value as UrlValue, years) ?? undefined)
    .optional();

/** A parsed query's `ar` under its name in code, `year`: a filter schema's last step. */
export function fromYearQuery<T extends { [YEAR_PARAM]?: number }>({
  [YEAR_PARAM]: year,
  ...rest
}: T): Omit<T, typeof YEAR_PARAM> & { year?: number } {
  return year === undefined ? rest : { ...rest, year };
}

/** Filters as query parameters: the typed `year` travels as `ar`. */
export function toYearQuery<T extends { year?: number | null }>({ year, ...rest }: T): Omit<T, "year"> & { [YEAR_PARAM]: T["year"] } {
  return { ...rest, [YEAR_PARAM]: year };
}

import { notFound } from "next/navigation";
import { parseYear, type Years } from "./year";

/**
 * A year from a page's path (/rapport/[year], /platser/[ref]/bedomningar/[year]): a segment that
 * is no year of the range is a page that does not exist, so it answers the not-found page rather
 * than reaching a query with NaN or an overflowing number (a 500). Apart from lib/url/year.ts
 * because next/navigation loads only inside Next.
 */
export function requireYearSegment(segment: string, years?: Years): number {
  const year = parseYear(segment, years);
  if (year === null) notFound();
  return year;
}

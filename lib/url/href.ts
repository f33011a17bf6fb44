import { YEAR_PARAM } from "./year";

/** A path with the given query parameters, leaving out empty ones. */
export function buildHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The query parameters of the area filters of /platser, /karta and /insatser: the filter forms and
 * the links into the lists take their names from here. The filter schemas (sceneFiltersSchema,
 * interventionFiltersSchema) read the same names, the year through lib/url/year.ts.
 */
export const AREA_FILTER_PARAMS = { municipality: "municipality", policeArea: "policeArea", year: YEAR_PARAM } as const;

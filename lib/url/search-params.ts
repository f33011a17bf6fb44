/**
 * A URL's query as Next hands a page its searchParams: one value as a string, a repeated one as
 * an array. A route handler that parses a page's filter schema reads the query the same way, so
 * that a filter sent twice is dropped there as it is on the page, not silently the last one.
 */
export function readSearchParams(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

// Which requests the page cache answers (docs/decisions/0016). Imported by the proxy: no server
// modules here.

/** On a request with this header the proxy leaves the page to render: the cache asking for it. */
export const RENDER_HEADER = "x-page-cache";
export const RENDER_VALUE = "render";

/** The pages served through the cache, and the route handler that serves each. */
const CACHED_PAGES: Record<string, string> = { "/oversikt": "/api/page-cache/oversikt" };

/**
 * The cache's route for a browser's request of a whole page; null for anything else: other pages,
 * the router's own requests (React Server Component payloads, prefetches), server actions, the
 * server's own requests (a server action following its redirect asks for the page's payload
 * without asking for HTML) and the cache's own request for the page.
 */
export function cachedPageRoute(method: string, url: URL, headers: Headers): string | null {
  if (method !== "GET" || !(url.pathname in CACHED_PAGES)) return null;
  if (!(headers.get("accept") ?? "").includes("text/html") || url.searchParams.has("_rsc")) return null;
  if (headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-action")) return null;
  if (headers.get(RENDER_HEADER) === RENDER_VALUE) return null;
  return CACHED_PAGES[url.pathname]!;
}

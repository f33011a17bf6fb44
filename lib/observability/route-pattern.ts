import { z } from "@/lib/forms/zod";

// Requests are logged and measured by the route they reached ("/scener/[id]"), never by the raw
// path: ids in a metric label would make a new time series per record, and in a log line they
// are noise. The patterns come from the build's routes manifest, so a new page needs no list here.

const manifestSchema = z.object({
  staticRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
  dynamicRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
});

/** Every path no route claims (a 404, a public file): one label, so a scan cannot add series. */
export const UNMATCHED_ROUTE = "(unmatched)";

export type RouteMatcher = (pathname: string) => string;

/** Matches a pathname against `.next/routes-manifest.json`: static routes first, as Next does. */
export function createRouteMatcher(manifest: unknown): RouteMatcher {
  const parsed = manifestSchema.safeParse(manifest);
  const routes = parsed.success ? [...parsed.data.staticRoutes, ...parsed.data.dynamicRoutes] : [];
  const compiled = routes.map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return pathname.split("/", 3).join("/");
    return compiled.find((route) => route.regex.test(pathname))?.page ?? UNMATCHED_ROUTE;
  };
}

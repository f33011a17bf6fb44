import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { dashboardPath, findDashboardEntry } from "@/lib/page-cache/dashboard";
import { serveCachedPage } from "@/lib/page-cache/serve";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /oversikt from a browser, sent here by the proxy: the dashboard's HTML from the page cache
// (docs/decisions/0016). Like every route it checks the session and the permission itself before
// reading an entry, and an entry is keyed by the user it was rendered for. On a miss the page
// renders, with its own checks; anyone else (no session, a gate open) gets the page as it renders.

export const GET = respondWhenDatabaseUnavailable(async function GET(request: NextRequest) {
  const { search } = request.nextUrl;
  const entry = await findDashboardEntry(await getCurrentUser(), search);
  return serveCachedPage(request, { path: dashboardPath(search), key: entry?.key ?? null, stillCurrent: entry?.stillCurrent });
}, "html");

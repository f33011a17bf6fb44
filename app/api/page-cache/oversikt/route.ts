import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { todayInSweden } from "@/lib/days";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { serveCachedPage } from "@/lib/page-cache/serve";
import { sceneScopeKey } from "@/lib/scenes/scope";
import { DASHBOARD_PATH, dashboardHref, readDashboardParams } from "@/lib/url/dashboard";
import { respondWhenDatabaseUnavailable } from "@/lib/http/database-unavailable";

// GET /oversikt from a browser, sent here by the proxy: the dashboard's HTML from the page cache
// (docs/decisions/0016). Like every route it checks the session and the permission itself before
// reading an entry, and an entry is keyed by the user it was rendered for. On a miss the page
// renders, with its own checks; anyone else (no session, a gate open) gets the page as it renders.

/** Everything of the user that the page's header and figures show: who, which role, which areas. */
function userKey(user: SessionUser): string {
  const shown = JSON.stringify([user.id, user.name, user.role, sceneScopeKey(user)]);
  return createHash("sha256").update(shown).digest("base64url");
}

export const GET = respondWhenDatabaseUnavailable(async function GET(request: NextRequest) {
  const { search, searchParams } = request.nextUrl;
  const path = `${DASHBOARD_PATH}${search}`;
  const params = readDashboardParams(Object.fromEntries(searchParams));
  const user = await getCurrentUser();
  // Only the addresses the page's own links and forms build: no entry for every made-up query.
  if (!user || !can(user, "dashboard:view") || path !== dashboardHref(params.year, params.expanded)) {
    return serveCachedPage(request, { path, key: null });
  }
  const unread = await countUnreadNotifications(user.id);
  return serveCachedPage(request, {
    path,
    key: ["oversikt", userKey(user), String(unread), todayInSweden(), String(params.year ?? ""), params.expanded ?? ""],
    stillCurrent: async () => (await countUnreadNotifications(user.id)) === unread,
  });
}, "html");

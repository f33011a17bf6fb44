import "server-only";
import { createHash } from "node:crypto";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { todayInSweden } from "@/lib/days";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { sceneScopeKey } from "@/lib/scenes/scope";
import { DASHBOARD_PATH, dashboardHref, readDashboardParams } from "@/lib/url/dashboard";

// The dashboard's entry in the page cache (docs/decisions/0016): which entry a user's request may
// read. Shared by the cache's route (app/api/page-cache/oversikt) and by the hot read answered
// before Next (lib/hot-reads/dashboard.ts), so both read the same entry under the same rules.

/** Everything of the user that the page's header and figures show: who, which role, which areas. */
function userKey(user: SessionUser): string {
  const shown = JSON.stringify([user.id, user.name, user.role, sceneScopeKey(user)]);
  return createHash("sha256").update(shown).digest("base64url");
}

export type DashboardEntry = {
  /** What the page's HTML depends on besides the figures: the user, their scope, the day, the query. */
  key: string[];
  /** Whether the unread notifications the header shows are still as many as the key says. */
  stillCurrent: () => Promise<boolean>;
};

/** The dashboard at this query string, as its own links and forms build it. */
export function dashboardPath(search: string): string {
  return `${DASHBOARD_PATH}${search}`;
}

/**
 * The entry this user's request for the dashboard reads, or null: no entry for someone who may not
 * see the dashboard, nor for an address the page's links do not build (no entry per made-up query).
 */
export async function findDashboardEntry(user: SessionUser | null, search: string): Promise<DashboardEntry | null> {
  const params = readDashboardParams(Object.fromEntries(new URLSearchParams(search)));
  if (!user || !can(user, "dashboard:view") || dashboardPath(search) !== dashboardHref(params.year, params.expanded)) return null;
  const unread = await countUnreadNotifications(user.id);
  return {
    key: ["oversikt", userKey(user), String(unread), todayInSweden(), String(params.year ?? ""), params.expanded ?? ""],
    stillCurrent: async () => (await countUnreadNotifications(user.id)) === unread,
  };
}

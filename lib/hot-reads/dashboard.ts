import "server-only";
import type { IncomingMessage } from "node:http";
import { readSessionCookie } from "@/lib/auth/sessions/cookie";
import { resolveSession } from "@/lib/auth/sessions/resolve";
import { findDashboardEntry } from "@/lib/page-cache/dashboard";
import { cachedPageRoute } from "@/lib/page-cache/routes";
import { pageHeaders } from "@/lib/page-cache/serve";
import { pageCacheKey } from "@/lib/page-cache/store";
import { hasOwnWriteMark } from "@/lib/read-replica";
import { generateNonce } from "@/lib/security/csp";
import { baseHeaders, type HotAnswer } from "./answer";
import { readHeldPage } from "./page-memo";

// GET /oversikt from a browser whose page is in the page cache: the stored HTML with a nonce of
// its own, as the cache's route (app/api/page-cache/oversikt) would answer it, after the same
// checks with the same functions: the session as the database knows it now, the permission, the
// entry of this user at the figures' current generation. Anything else is Next's to answer.

/** What Next says a page's answer varies by: the router's requests get its payload instead. */
const NEXT_PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

/** The request's headers as the proxy sees them: every one, so that whatever the cache's rule reads is there. */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

export async function answerDashboard(req: IncomingMessage, url: URL): Promise<HotAnswer | null> {
  if (!cachedPageRoute(req.method ?? "GET", url, headersOf(req))) return null;
  // A user who has just written reads from the primary (lib/read-replica.ts): Next knows how.
  const cookie = req.headers.cookie;
  if (hasOwnWriteMark(cookie)) return null;
  const claims = await readSessionCookie(cookie);
  const session = claims && (await resolveSession(claims));
  if (!session || session.gate) return null;
  const entry = await findDashboardEntry(session.user, url.search);
  const key = entry && pageCacheKey(entry.key);
  if (!key) return null;
  const nonce = generateNonce();
  const page = await readHeldPage(key, nonce);
  if (!page) return null;
  return {
    status: 200,
    headers: { ...baseHeaders(nonce), ...pageHeaders("hit"), vary: NEXT_PAGE_VARY },
    body: page.plain,
    gzip: page.gzip,
  };
}

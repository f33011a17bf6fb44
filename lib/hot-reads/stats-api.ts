import "server-only";
import type { IncomingMessage } from "node:http";
import { authorizeCaller, getTokenCaller } from "@/lib/auth/api-caller";
import { answerStats } from "@/lib/stats/api-answer";
import { fromResponse, type HotAnswer } from "./answer";

// GET /api/v1/stats/{year}[.csv] with a personal access token: the route's own answer
// (lib/stats/api-answer.ts) to a caller it would admit, authenticated and authorized with the
// route's functions. A refusal, a session caller (whose cookie Next reads) and anything else is
// Next's to answer.

const STATS_PATH = /^\/api\/v1\/stats\/([^/]+)$/;

export async function answerStatsApi(req: IncomingMessage, url: URL): Promise<HotAnswer | null> {
  const segment = req.method === "GET" ? STATS_PATH.exec(url.pathname)?.[1] : undefined;
  const header = req.headers.authorization;
  if (segment === undefined || header === undefined) return null;
  const auth = authorizeCaller(await getTokenCaller(header), true, "stats:read");
  if ("response" in auth) return null;
  return fromResponse(await answerStats(auth, decodeURIComponent(segment)));
}

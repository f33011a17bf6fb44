import type { IncomingMessage, ServerResponse } from "node:http";
import { getLogger } from "@/lib/observability/logger";
import { encodeAnswer, sendAnswer, type Encoded } from "./answer";
import { answerDashboard } from "./dashboard";
import { answerStatsApi } from "./stats-api";

// The hot reads (docs/decisions/0020): the two requests read far more often than anything else,
// the dashboard and the statistics API, answered by our server (scripts/serve.ts) before Next's
// handler when their answer is in the caches, at about the cost of a static file. Each is answered
// with the functions Next's route uses, after the same checks; whatever a hot read cannot answer in
// full — no session, a gate, a refusal, a miss, an error — goes on to Next, which decides as always.

const HOT_READS = [answerDashboard, answerStatsApi];

/** Whether the request was answered here; false: Next must answer it. */
export async function answerHotRead(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  let encoded: Encoded | null = null;
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const read of HOT_READS) {
      const answer = await read(req, url);
      if (answer) {
        encoded = await encodeAnswer(req, answer);
        break;
      }
    }
  } catch (error) {
    // Nothing is sent yet: Next answers, with what it does when the database is down.
    getLogger().warn({ err: error }, "hot read failed; Next answers");
    return false;
  }
  if (!encoded) return false;
  sendAnswer(res, encoded);
  return true;
}

import type { Ledger, RequestKind } from "./ledger";

// Requests of the virtual users, spread over the app instances as a load balancer would, each
// timed and judged: succeeded, or failed cleanly (a Swedish "try again", or a connection the
// balancer would have sent elsewhere), or failed otherwise — a finding.

const TRY_AGAIN = /försök igen/i;
const NEXT_ERROR_DOCUMENT = /<html id="__next_error__">/;
const TIMEOUT_MS = 30_000;

export type Client = { ledger: Ledger; origins: string[]; started: number; next: number };

export type Answer = { status: number; body: string; location: string };

export function createClient(ledger: Ledger, origins: string[]): Client {
  return { ledger, origins, started: Date.now(), next: 0 };
}

/** The request's answer, or null after a failure (recorded). `accept` decides what succeeded. */
export async function send(
  client: Client,
  kind: RequestKind,
  path: string,
  init: RequestInit,
  accept: (answer: Answer) => boolean,
): Promise<Answer | null> {
  const origin = client.origins[client.next++ % client.origins.length]!;
  const at = Date.now() - client.started;
  const outcome = (ok: boolean, error?: string, clean?: boolean) =>
    client.ledger.outcomes.push({ kind, at, ms: Date.now() - client.started - at, ok, error, clean });
  let answer: Answer;
  try {
    const response = await fetch(`${origin}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin },
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    answer = { status: response.status, body: await response.text(), location: response.headers.get("location") ?? "" };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    // Refused or reset: the instance was down; a balancer's health check takes it out of rotation.
    outcome(false, `connection: ${cause}`, ["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"].includes(cause ?? ""));
    return null;
  }
  if (accept(answer)) {
    outcome(true);
    return answer;
  }
  // A page whose rendering failed is Next's empty error document, in which the browser renders
  // app/error.tsx ("Ett oväntat fel inträffade. Försök igen."): clean for a person, if not for curl.
  const clean = TRY_AGAIN.test(answer.body) || (answer.status === 500 && NEXT_ERROR_DOCUMENT.test(answer.body));
  outcome(false, `${answer.status}${clean ? " (försök igen)" : ""}: ${summarize(answer.body)}`, clean);
  return null;
}

function summarize(body: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1];
  const alert = /role="alert"[^>]*>([\s\S]{0,300}?)<\//i.exec(body)?.[1]?.replace(/<[^>]+>/g, " ");
  return (alert ?? title ?? body.slice(0, 120)).replace(/\s+/g, " ").trim();
}

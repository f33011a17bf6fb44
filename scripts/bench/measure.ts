// Timing loops and their summary. Every loop is bounded; requests go to loopback only.

export type Summary = {
  name: string;
  requests: number;
  concurrency: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
  /** Mean response size in bytes, for HTTP. */
  bytes?: number;
};

/** Nearest-rank percentile of sorted milliseconds. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summarize(name: string, durations: number[], wallMs: number, concurrency: number, errors: number, bytes?: number): Summary {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    name,
    requests: durations.length,
    concurrency,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    perSecond: durations.length / (wallMs / 1000),
    bytes,
  };
}

/** Runs `run` `warmup` times untimed, then `times` times one after another. */
export async function timeSequential(name: string, times: number, warmup: number, run: () => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await run();
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    durations.push(performance.now() - t0);
  }
  return summarize(name, durations, performance.now() - started, 1, 0);
}

export type HttpTarget = { name: string; url: string; headers: Record<string, string> };

/** One request, its body read to the end; the status and size, never following a redirect. */
export async function request(target: HttpTarget): Promise<{ status: number; bytes: number; body: string }> {
  const response = await fetch(target.url, { headers: target.headers, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(body), body };
}

type Answer = { status: number; bytes: number };

/**
 * `clients` loops of `perClient` requests each, all at once; a non-200 answer counts as an error.
 * `perClient`'s factory gives each client its own request (e.g. its own record to write).
 */
export async function loadTest(
  target: HttpTarget,
  clients: number,
  perClient: number,
  perClientRequest: () => (target: HttpTarget) => Promise<Answer> = () => request,
): Promise<Summary & { statuses: Map<number, number>; firstError?: unknown }> {
  const durations: number[] = [];
  const statuses = new Map<number, number>();
  let bytes = 0;
  let firstError: unknown;
  const client = async () => {
    const send = perClientRequest();
    for (let i = 0; i < perClient; i++) {
      const t0 = performance.now();
      const { status, bytes: size } = await send(target).catch((error: unknown) => {
        firstError ??= error;
        return { status: 0, bytes: 0 };
      });
      durations.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      bytes += size;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const errors = durations.length - (statuses.get(200) ?? 0);
  return {
    ...summarize(target.name, durations, performance.now() - started, clients, errors, Math.round(bytes / durations.length)),
    statuses,
    firstError,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");

export function formatTable(rows: Summary[]): string {
  const header = ["measurement", "requests", "concurrency", "errors", "p50 ms", "p95 ms", "max ms", "req/s", "size"];
  const body = rows.map((r) => [
    r.name,
    String(r.requests),
    String(r.concurrency),
    String(r.errors),
    ms(r.p50),
    ms(r.p95),
    ms(r.max),
    r.perSecond.toFixed(1),
    r.bytes === undefined ? "–" : `${(r.bytes / 1024).toFixed(0)} KiB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}

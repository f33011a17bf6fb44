import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { getDatabasePoolStats } from "@/lib/db";

// One registry per process, on globalThis: scripts/serve.ts records the requests and Next's bundles
// record sign-ins and e-mails, each with its own copy of this module. Registering a metric twice
// throws, so each is made once, with the registry.

const PREFIX = "ods_";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const registers = [registry];
  return {
    registry,
    /** Labelled by the route's pattern (lib/observability/route-pattern.ts): bounded, whatever the URLs. */
    httpRequestDuration: new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: "Time from a request's arrival until its response ended, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    signInFailures: new Counter({
      name: `${PREFIX}sign_in_failures_total`,
      help: "Refused sign-ins, by method (password or oidc:<provider>) and reason.",
      labelNames: ["method", "reason"] as const,
      registers,
    }),
    notificationEmails: new Counter({
      name: `${PREFIX}notification_emails_total`,
      help: "Notification e-mails handled by the outbox, by outcome (sent, failed, gaveUp, skipped).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    databasePool: new Gauge({
      name: `${PREFIX}database_pool_connections`,
      help: "The app's PostgreSQL pool at scrape time: total and idle connections, and queries waiting for one.",
      labelNames: ["state"] as const,
      registers,
      collect() {
        const stats = getDatabasePoolStats();
        if (!stats) return;
        this.set({ state: "total" }, stats.total);
        this.set({ state: "idle" }, stats.idle);
        this.set({ state: "waiting" }, stats.waiting);
      },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { odsMetrics?: Metrics };

export function getMetrics(): Metrics {
  globalForMetrics.odsMetrics ??= createMetrics();
  return globalForMetrics.odsMetrics;
}

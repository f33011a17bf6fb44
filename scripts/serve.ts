import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { checkRequestBody } from "@/lib/http/body-limit";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { disconnectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createGracefulShutdown } from "@/lib/http/graceful-shutdown";
import { answerHotRead } from "@/lib/hot-reads";
import { getLogger } from "@/lib/observability/logger";
import { getMetrics } from "@/lib/observability/metrics";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { observeRequest, type RequestLogEntry } from "@/lib/observability/request-log";
import { createRouteMatcher } from "@/lib/observability/route-pattern";

// Usage: node .next/serve.mjs [-p <port>]  (built by `npm run build`; `npm start` runs it on the database)
// `next start` with what Next cannot do itself: the client's address decided from the socket
// (lib/http/client-address.ts), request bodies limited per path before they are read
// (lib/http/body-limit.ts), one log line per request with its id (lib/observability), a graceful
// shutdown (lib/http/graceful-shutdown.ts), and the hot reads answered from the caches before Next
// (lib/hot-reads). Bundled by scripts/build-server.ts, with the conditions lib/ is loaded with.

function readPort(argv: string[]): number {
  const flag = argv.indexOf("-p");
  const value = flag === -1 ? process.env.PORT : argv[flag + 1];
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`invalid port ${value}; usage: serve [-p <port>]`);
  return port;
}

/** The build's route patterns, for log lines and metric labels that name routes, not raw paths. */
async function readRoutesManifest(): Promise<unknown> {
  return JSON.parse(await readFile(path.join(process.cwd(), ".next", "routes-manifest.json"), "utf8")) as unknown;
}

async function main(): Promise<void> {
  const port = readPort(process.argv.slice(2));
  // As `next start` does: the page cache asks this server for a page on this port (lib/page-cache).
  process.env.PORT = String(port);
  // As `next start` does: the built app runs in production mode.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { AUTH_TRUSTED_PROXIES, SHUTDOWN_GRACE_SECONDS } = getEnv();
  const logger = getLogger();
  const app = next({ dev: false, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const routeOf = createRouteMatcher(await readRoutesManifest());
  const { httpRequestDuration } = getMetrics();
  const onFinished = ({ route, method, status, durationMs }: RequestLogEntry) =>
    httpRequestDuration.observe({ route, method, status: String(status) }, durationMs / 1000);
  const server = createServer((req, res) => {
    shutdown.track(res);
    const context = observeRequest(req, res, { logger, routeOf, trustedProxies: AUTH_TRUSTED_PROXIES, onFinished });
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const status = checkRequestBody(req.method ?? "GET", pathname, req.headers);
    if (status !== 200) {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      res.end(status === 413 ? "Förfrågan är för stor.\n" : "Förfrågans längd måste anges.\n");
      return;
    }
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      AUTH_TRUSTED_PROXIES,
    );
    // The dashboard and the statistics API from the caches when they can be (lib/hot-reads), else Next.
    const answer = async () => (await answerHotRead(req, res)) || (await handle(req, res));
    runWithRequestContext(context, () => void answer().catch((error: unknown) => logger.error({ err: error }, "request failed")));
  });
  // Every interface, as `next start` listens.
  server.listen(port, () => logger.info({ port }, `ready on http://localhost:${port}`));
  const shutdown = createGracefulShutdown(server, { graceMs: SHUTDOWN_GRACE_SECONDS * 1000, beforeExit: disconnectDb, logger });
  // `on`, not `once`: a second signal must reach the shutdown, which then exits at once.
  const stop = (signal: NodeJS.Signals) => void shutdown.shutdown(signal).then((code) => process.exit(code));
  process.on("SIGTERM", stop).on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import type { Server, ServerResponse } from "node:http";
import type { Logger } from "pino";

// A deploy or a scale-down sends SIGTERM: the instance stops taking connections, lets the requests
// it has started finish (up to a bound), closes the database pool, and exits 0. Only what is truly
// stuck, or an impatient second signal, makes it exit 1.

type Options = {
  graceMs: number;
  /** Runs once every connection has ended: closing the database pool. */
  beforeExit: () => Promise<void>;
  logger: Pick<Logger, "info" | "error">;
};

export type GracefulShutdown = {
  /** For every request: counts it in flight, and asks its client to reconnect elsewhere once shutdown began. */
  track(res: ServerResponse): void;
  /** Resolves with the exit code: 0 when all ended in time, 1 after the grace period or on a second call. */
  shutdown(reason: string): Promise<number>;
};

export function createGracefulShutdown(server: Server, { graceMs, beforeExit, logger }: Options): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  let done: Promise<number> | undefined;
  let exitNow: ((code: number) => void) | undefined;

  // Node ends a keep-alive connection after a response that says so.
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("Connection", "close");
  };

  function drain(reason: string): Promise<number> {
    logger.info({ reason, inFlight: inFlight.size, graceMs }, "shutting down");
    return new Promise<number>((resolve) => {
      let settled = false;
      const settle = (code: number) => {
        settled = true;
        resolve(code);
      };
      exitNow = settle;
      const timer = setTimeout(() => {
        logger.error({ inFlight: inFlight.size, graceMs }, "requests still in flight after the grace period: exiting");
        settle(1);
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(timer);
        // Exiting already: the process is about to end, with or without the pool.
        if (settled) return;
        beforeExit().then(
          () => resolve(0),
          (error: unknown) => {
            logger.error({ err: error }, "closing after the last request failed");
            resolve(1);
          },
        );
      });
      server.closeIdleConnections();
      inFlight.forEach(closeAfter);
    });
  }

  return {
    track(res) {
      inFlight.add(res);
      res.once("close", () => inFlight.delete(res));
      if (done) closeAfter(res);
    },
    shutdown(reason) {
      if (done) {
        logger.error({ reason, inFlight: inFlight.size }, "second signal during shutdown: exiting now");
        exitNow?.(1);
        return Promise.resolve(1);
      }
      done = drain(reason);
      return done;
    },
  };
}

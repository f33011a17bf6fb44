import pino, { type DestinationStream, type LevelWithSilent, type Logger } from "pino";
import { getEnv } from "@/lib/env";

// One JSON line per event on stdout, for whatever collects the container's output; in development
// pipe it through pino-pretty. No transport: worker threads do not belong inside the app server.

/** Secrets never reach the log, whichever object they arrive in (headers, a form, an error's context). */
const REDACTED_PATHS = ["password", "cookie", "authorization", "token"].flatMap((key) => [
  key,
  `*.${key}`,
  `headers.${key}`,
  `*.headers.${key}`,
]);

export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    base: { app: "oppna-drogscener" },
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

// One logger per process, shared by scripts/serve.ts and Next's server bundles (same process).
const globalForLogger = globalThis as unknown as { odsLogger?: Logger };

export function getLogger(): Logger {
  globalForLogger.odsLogger ??= createLogger(getEnv().LOG_LEVEL);
  return globalForLogger.odsLogger;
}

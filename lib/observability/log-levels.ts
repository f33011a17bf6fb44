import type { LevelWithSilent } from "pino";

/** pino's levels, most severe first; its own module so that lib/env.ts can validate LOG_LEVEL without loading pino. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const satisfies readonly LevelWithSilent[];

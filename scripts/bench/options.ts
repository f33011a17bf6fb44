import { parseArgs } from "node:util";

// The bench's command line, parsed without side effects so that it is unit-tested
// (tests/unit/bench-options.test.ts): `--help` is a result, a bad value an error.

export type Options = {
  scenes: number;
  years: number;
  year: number;
  seed: number;
  iterations: number;
  clients: number;
  requests: number;
  keep: boolean;
  /** One JSON object on stdout, progress on stderr. */
  json: boolean;
  /** Core Web Vitals of the dashboard in Chromium. */
  vitals: boolean;
  /** The app's server on this port and the counting proxy on the next one; null: free ports. */
  port: number | null;
};

export const usage =
  "Usage: npm run bench -- [--scenes 5000] [--years 10] [--year 2025] [--seed 1] [--iterations 50] [--clients 8] [--requests 25] [--port N] [--json] [--vitals] [--keep]";

export type ParsedOptions = { help: true } | { help: false; options: Options };

export function parseOptions(argv: string[], limits: { firstYear: number; lastYear: number }): ParsedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenes: { type: "string", default: "5000" },
      years: { type: "string", default: "10" },
      year: { type: "string", default: "2025" },
      seed: { type: "string", default: "1" },
      iterations: { type: "string", default: "50" },
      clients: { type: "string", default: "8" },
      requests: { type: "string", default: "25" },
      port: { type: "string" },
      keep: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      vitals: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return { help: true };
  const int = (name: string, value: string, min: number, max: number) => {
    const number = Number(value);
    if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max)
      throw new Error(`--${name} must be an integer from ${min} to ${max}\n${usage}`);
    return number;
  };
  return {
    help: false,
    options: {
      scenes: int("scenes", values.scenes, 1, 100_000),
      years: int("years", values.years, 2, 30),
      year: int("year", values.year, limits.firstYear, limits.lastYear),
      seed: int("seed", values.seed, 0, 2 ** 31),
      iterations: int("iterations", values.iterations, 1, 10_000),
      clients: int("clients", values.clients, 1, 64),
      requests: int("requests", values.requests, 1, 1_000),
      port: values.port === undefined ? null : int("port", values.port, 1024, 65_534),
      keep: values.keep,
      json: values.json,
      vitals: values.vitals,
    },
  };
}

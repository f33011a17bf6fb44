// `npm run bench [-- --scenes N --years N --clients N --requests N --iterations N --seed N --keep]`:
// generates a synthetic national-scale data set in a database of its own, then measures the
// statistics query in-process, GET /api/v1/stats/{year} and the dashboard page over HTTP against
// `next start` under concurrent requests, and counts the SQL statements per dashboard request.
// Prints figures only: nothing here asserts a time.
import os from "node:os";
import { parseArgs } from "node:util";
import { currentYear, FIRST_YEAR } from "@/lib/years";
import { applyMigrations } from "./db/engine";
import { startCountingProxy, type CountingProxy } from "./bench/count-proxy";
import { openBenchDatabase } from "./bench/database";
import { generateDataSet } from "./bench/generate";
import { BENCH_AUTH_SECRET, measureHttp, type HttpResult } from "./bench/http";
import { installQueryCountingClient, measureInProcess, uninstallQueryCountingClient, type InProcessResult } from "./bench/in-process";
import { formatTable } from "./bench/measure";
import { startBuiltAppServer, type AppServer } from "./bench/server";

type Options = {
  scenes: number;
  years: number;
  year: number;
  seed: number;
  iterations: number;
  clients: number;
  requests: number;
  keep: boolean;
};

const usage =
  "Usage: npm run bench -- [--scenes 5000] [--years 10] [--year 2025] [--seed 1] [--iterations 50] [--clients 8] [--requests 25] [--keep]";

function parseOptions(argv: string[]): Options {
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
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const int = (name: keyof typeof values, min: number, max: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`--${name} must be an integer from ${min} to ${max}\n${usage}`);
    return value;
  };
  return {
    scenes: int("scenes", 1, 100_000),
    years: int("years", 2, 30),
    year: int("year", FIRST_YEAR, currentYear()),
    seed: int("seed", 0, 2 ** 31),
    iterations: int("iterations", 1, 10_000),
    clients: int("clients", 1, 64),
    requests: int("requests", 1, 1_000),
    keep: values.keep,
  };
}

function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  // The load average tells whether other work shared the machine with the run.
  const load = os.loadavg()[0]!.toFixed(2);
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}, load average ${load}`;
}

function printSummary(inProcess: InProcessResult, http: HttpResult): void {
  console.log("\nResults (milliseconds; p50/p95 nearest rank):\n");
  console.log(formatTable([inProcess.statsQuery, ...http.sequential, ...http.concurrent]));
  console.log("\nSQL statements per request:");
  console.log(`  dashboard, on the wire (every statement next start sent, session lookup included): ${http.dashboardStatements}`);
  console.log(`  dashboard, in-process (Prisma query events of getDashboard + getScopeDescription): ${inProcess.dashboardQueries}`);
  console.log(`  GET /api/v1/stats, on the wire: ${http.apiStatements}; getYearStats in-process: ${inProcess.statsQueries}`);
  console.log("\nThe dashboard's data functions one at a time (p50 of 10 sequential runs, slowest first):");
  for (const f of inProcess.functions) console.log(`  ${f.name.padEnd(26)} ${f.p50.toFixed(1)} ms`);
  for (const note of http.notes) console.log(`\nNote: ${note}`);
  console.log(`\nLoad average at the end: ${os.loadavg()[0]!.toFixed(2)} (${os.cpus().length} cores).`);
}

/** On Ctrl-C or a kill, still stop the server and drop the database, then end. */
function onSignal(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: cleaning up …`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", handler).once("SIGTERM", handler);
  return () => process.off("SIGINT", handler).off("SIGTERM", handler);
}

async function main(): Promise<void> {
  // Output piped into `head` must not end the run before it has cleaned up.
  process.stdout.on("error", () => {});
  const options = parseOptions(process.argv.slice(2));
  console.log(`Machine: ${describeMachine()}`);
  const database = await openBenchDatabase({ keep: options.keep });
  let proxy: CountingProxy | undefined;
  let server: AppServer | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanup = () =>
    (cleaned ??= (async () => {
      await server?.stop();
      await proxy?.close();
      await database.close();
    })());
  const removeSignalHandlers = onSignal(cleanup);
  try {
    console.log(`Database: ${database.description}`);
    await applyMigrations(database.url);
    const counter = installQueryCountingClient(database.url, database.poolMax);
    let inProcess: InProcessResult;
    let generated: Awaited<ReturnType<typeof generateDataSet>>;
    try {
      console.log(`Generating ${options.scenes} scenes over ${options.years} years (seed ${options.seed}) …`);
      generated = await generateDataSet(counter.client, {
        scenes: options.scenes,
        years: options.years,
        lastYear: options.year,
        seed: options.seed,
      });
      const c = generated.counts;
      console.log(
        `Generated in ${generated.seconds.toFixed(1)} s: ${c.municipalities} municipalities, ${c.policeAreas} LPOs, ${c.coverages} coverage rows, ` +
          `${c.scenes} scenes, ${c.assessments} assessments.`,
      );
      console.log(`Measuring in-process: getYearStats × ${options.iterations} …`);
      inProcess = await measureInProcess(counter, generated.user, options.year, options.iterations);
    } finally {
      // The embedded database takes one connection: the server's pool gets it only after this.
      await counter.client.$disconnect();
      uninstallQueryCountingClient();
    }
    proxy = await startCountingProxy(database.url);
    server = await startBuiltAppServer({
      DATABASE_URL: proxy.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      AUTH_SECRET: BENCH_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      MAP_TILE_URL: "",
    });
    console.log(
      `Measuring over HTTP: next start at ${server.origin} (pool ${database.poolMax}), ${options.clients} clients × ${options.requests} requests …`,
    );
    const http = await measureHttp(server.origin, proxy, generated.user, generated, {
      year: options.year,
      clients: options.clients,
      perClient: options.requests,
      expectedScenes: inProcess.scenes,
    }).catch((error: unknown) => {
      console.error(`Server output (last lines):\n${server?.output() ?? ""}`);
      throw error;
    });
    printSummary(inProcess, http);
  } finally {
    await cleanup();
    removeSignalHandlers();
    console.log(options.keep && !database.embedded ? `\nKept: ${database.url}` : "\nServer stopped; benchmark database removed.");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

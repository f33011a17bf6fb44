// `npm run bench [-- --scenes N --years N --clients N --requests N --iterations N --seed N --port N
// --json --vitals --keep]` (scripts/bench/options.ts): generates a synthetic national-scale data set
// in a database of its own, measures the statistics query in-process, then against one app server
// as `npm start` runs it (scripts/serve.ts around Next's handler): a static reference (/robots.txt), GET /api/v1/stats/{year} and the dashboard, one at a
// time and under concurrent clients, the SQL statements per request, the dashboard's HTML, the
// JavaScript of a page without a map, assessment saves through the form, the app's resident memory
// and, with --vitals, the dashboard's Core Web Vitals in Chromium; then the budgets of issue 13
// (scripts/bench/report.ts). With --json, stdout carries one JSON object and progress goes to stderr.
// It reports the budgets; it never fails a run on a time.
import os from "node:os";
import { currentYear, FIRST_YEAR } from "@/lib/years";
import { applyMigrations } from "./db/engine";
import { startCountingProxy, type CountingProxy } from "./bench/count-proxy";
import { openBenchDatabase } from "./bench/database";
import { generateDataSet } from "./bench/generate";
import { createAnalyst } from "./bench/analyst";
import { BENCH_AUTH_SECRET, measureHttp, sessionCookie, sessionCookieValue, SESSION_COOKIE, type HttpResult } from "./bench/http";
import { installQueryCountingClient, measureInProcess, uninstallQueryCountingClient, type InProcessResult } from "./bench/in-process";
import { measurePageJavaScript } from "./bench/js-size";
import { formatTable, type Summary } from "./bench/measure";
import { parseOptions, usage, type Options } from "./bench/options";
import { buildReport, formatBudgets, STATIC_PATH, type Report, type Timing, type Vitals } from "./bench/report";
import { appServerMemory } from "./bench/rss";
import { measureSaves, type SaveResult } from "./bench/save";
import { startBuiltAppServer, type AppServer } from "./bench/server";
import { measureVitals } from "./bench/vitals";

const SAVES_ONE_AT_A_TIME = 20;
/** A page without a map: the assessments' work list. */
const NON_MAP_PAGE = "/bedomningar";

function describeMachine(load: number): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  // The load average tells whether other work shared the machine with the run.
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}, load average ${load.toFixed(2)} before the run`;
}

function printSummary(inProcess: InProcessResult, http: HttpResult, saves: SaveResult, report: Report, notes: string[]): void {
  console.log("\nResults (milliseconds; p50/p95 nearest rank):\n");
  console.log(formatTable([inProcess.statsQuery, ...http.sequential, saves.sequential, ...http.concurrent, saves.concurrent]));
  console.log(
    `\nStatic reference: GET ${STATIC_PATH}, a file of public/ served by the same server (scripts/serve.ts around Next, as npm start runs it) through the same proxy.`,
  );
  console.log(
    `Throughput with ${http.byTarget.dashboard.concurrent.concurrency} clients: dashboard ${report.ratioDashboardToStatic} and API ${report.ratioApiToStatic} of the static reference.`,
  );
  console.log(
    `Dashboard HTML: ${report.dashboardHtmlBytes} bytes uncompressed; JavaScript of ${NON_MAP_PAGE} (no map): ${report.jsGzipBytesNonMapPage} bytes gzip.`,
  );
  console.log(`Assessment saves through the form: ${saves.saves}, each answered 303 and counted in the draft's version.`);
  console.log(`App server resident memory after the bench: ${report.rssMb} MB.`);
  if (report.vitals)
    console.log(
      `Dashboard in Chromium: LCP ${report.vitals.lcpMs} ms, CLS ${report.vitals.cls}, INP (year change) ${report.vitals.inpMs} ms.`,
    );
  console.log("\nSQL statements per request:");
  console.log(`  dashboard, on the wire (every statement the server sent, session lookup included): ${http.dashboardStatements}`);
  console.log(`  dashboard, in-process (Prisma query events of getDashboard + getScopeDescription): ${inProcess.dashboardQueries}`);
  console.log(`  GET /api/v1/stats, on the wire: ${http.apiStatements}; getYearStats in-process: ${inProcess.statsQueries}`);
  console.log("\nThe dashboard's data functions one at a time (p50 of 10 sequential runs, slowest first):");
  for (const f of inProcess.functions) console.log(`  ${f.name.padEnd(26)} ${f.p50.toFixed(1)} ms`);
  for (const note of [...http.notes, ...notes]) console.log(`\nNote: ${note}`);
  console.log(`\nBudgets (issue 13):\n${formatBudgets(report.budgets)}`);
  console.log(
    `\nLoad average before the run: ${report.loadAverage}; at the end: ${os.loadavg()[0]!.toFixed(2)} (${os.cpus().length} cores).`,
  );
}

const timing = (sequential: Summary, concurrent: Summary): Timing => ({
  p50Ms: sequential.p50,
  p95Ms: sequential.p95,
  rps: concurrent.perSecond,
});

function readOptions(): Options {
  const parsed = parseOptions(process.argv.slice(2), { firstYear: FIRST_YEAR, lastYear: currentYear() });
  if (parsed.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.options;
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
  const options = readOptions();
  // With --json, stdout is the JSON object's alone: every line of progress goes to stderr.
  if (options.json) console.log = console.error;
  const loadAverage = os.loadavg()[0]!;
  console.log(`Machine: ${describeMachine(loadAverage)}`);
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
    // The app's code measured in this process reads its database from the environment (lib/env.ts):
    // the bench's own, not the server DATABASE_URL named, nor none at all for the embedded one.
    process.env.DATABASE_URL = database.url;
    await applyMigrations(database.url);
    const counter = installQueryCountingClient(database.url, database.poolMax);
    let inProcess: InProcessResult;
    let generated: Awaited<ReturnType<typeof generateDataSet>>;
    let analyst: Awaited<ReturnType<typeof createAnalyst>>;
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
      analyst = await createAnalyst(counter.client, options.year, options.clients);
      console.log(`Measuring in-process: getYearStats × ${options.iterations} …`);
      inProcess = await measureInProcess(counter, generated.user, options.year, options.iterations);
    } finally {
      // The embedded database takes one connection: the server's pool gets it only after this.
      await counter.client.$disconnect();
      uninstallQueryCountingClient();
    }
    proxy = await startCountingProxy(database.url, options.port === null ? null : options.port + 1);
    server = await startBuiltAppServer(
      {
        DATABASE_URL: proxy.url,
        DATABASE_POOL_MAX: String(database.poolMax),
        AUTH_SECRET: BENCH_AUTH_SECRET,
        AUTH_TRUST_HOST: "true",
        MAP_TILE_URL: "",
      },
      options.port,
      "serve",
    );
    console.log(
      `Measuring over HTTP: the app's server (scripts/serve.ts, as npm start runs it) at ${server.origin} (pool ${database.poolMax}), ${options.clients} clients × ${options.requests} requests …`,
    );
    const origin = server.origin;
    const measured = await (async () => {
      const http = await measureHttp(origin, proxy!, generated.user, generated, {
        year: options.year,
        clients: options.clients,
        perClient: options.requests,
        expectedScenes: inProcess.scenes,
      });
      console.log(`Measuring the JavaScript of ${NON_MAP_PAGE} …`);
      const js = await measurePageJavaScript(`${origin}${NON_MAP_PAGE}`, { cookie: http.cookie });
      console.log(`Measuring assessment saves: ${SAVES_ONE_AT_A_TIME} one at a time, ${options.clients} clients × ${options.requests} …`);
      const saves = await measureSaves(origin, database.url, await sessionCookie(analyst.user, analyst.sessionId), analyst.targets, {
        sequential: SAVES_ONE_AT_A_TIME,
        clients: options.clients,
        perClient: options.requests,
      });
      let vitals: (Vitals & { notes: string[] }) | undefined;
      if (options.vitals) {
        console.log("Measuring the dashboard's Core Web Vitals in Chromium …");
        vitals = await measureVitals(`${origin}/oversikt?ar=${options.year}`, {
          name: SESSION_COOKIE,
          value: await sessionCookieValue(generated.user, generated.sessionId),
        });
      }
      const memory = appServerMemory(server!.pid);
      return { http, js, saves, vitals, memory };
    })().catch((error: unknown) => {
      console.error(`Server output (last lines):\n${server?.output() ?? ""}`);
      throw error;
    });
    const { http, js, saves, vitals, memory } = measured;
    const report = buildReport({
      dashboard: timing(http.byTarget.dashboard.sequential, http.byTarget.dashboard.concurrent),
      api: timing(http.byTarget.api.sequential, http.byTarget.api.concurrent),
      static: timing(http.byTarget.static.sequential, http.byTarget.static.concurrent),
      save: timing(saves.sequential, saves.concurrent),
      sqlPerDashboard: http.dashboardStatements,
      sqlPerApi: http.apiStatements,
      dashboardHtmlBytes: http.dashboardHtmlBytes,
      rssMb: memory.rssMb,
      jsGzipBytesNonMapPage: js.gzipBytes,
      loadAverage,
      vitals: vitals && { lcpMs: vitals.lcpMs, cls: vitals.cls, inpMs: vitals.inpMs },
    });
    const notes = [
      `resident memory of pid ${memory.pid} (${memory.name}); JavaScript of ${NON_MAP_PAGE}: ${js.chunks} chunks`,
      ...(vitals?.notes ?? []),
    ];
    printSummary(inProcess, http, saves, report, notes);
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
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

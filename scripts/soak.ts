import pg from "pg";
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient, disconnectDb } from "@/lib/db";
import { currentYear } from "@/lib/years";
import { applyMigrations } from "./db/engine";
import { createPrimaryCluster, removeClusters, type LocalCluster } from "./db/local-cluster";
import { BENCH_AUTH_SECRET } from "./bench/http";
import { startBuiltAppServer, type AppServer } from "./bench/server";
import { findFreePort } from "./free-port";
import { runAnalyst, runReader, runRepresentative } from "./soak/actors";
import { checkDatabase, readBaseline } from "./soak/checks";
import { createClient } from "./soak/client";
import { createLedger, type FaultWindow } from "./soak/ledger";
import { parseSoakOptions } from "./soak/options";
import { formatReport } from "./soak/report";
import { createWorld } from "./soak/world";

// Usage: npm run soak -- [--seconds 120] [--analysts 4] [--representatives 2] [--readers 2]
// Virtual analysts, municipal representatives and the steering group at work together against
// two app instances (our own server, as `npm start` runs it) on one PostgreSQL that this command
// starts itself in a temporary directory. Part way through it restarts that PostgreSQL, restarts
// one instance gracefully (SIGTERM, as a rolling deploy does) and kills the other (SIGKILL), then
// checks the database against what the clients were told. Exit code 1 on any finding.

const SETTLE_MS = 3_000;

async function createDatabase(cluster: LocalCluster): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url() });
  await client.connect();
  await client.query("CREATE DATABASE soak");
  await client.end();
  const url = cluster.url("soak");
  await applyMigrations(url);
  return url;
}

type Fault = { at: number; name: string; run: () => Promise<void> };

/** Runs each fault at its time, and records the window in which errors may happen. */
async function runFaults(faults: Fault[], started: number, windows: FaultWindow[]): Promise<void> {
  for (const fault of faults) {
    await sleep(Math.max(0, started + fault.at - Date.now()));
    const from = Date.now() - started;
    console.log(`${(from / 1000).toFixed(1)} s: ${fault.name} …`);
    await fault.run();
    windows.push({ name: fault.name, from: from - 500, to: Date.now() - started + SETTLE_MS });
  }
}

async function main(): Promise<void> {
  const options = parseSoakOptions(process.argv.slice(2));
  const year = currentYear();
  let cluster: LocalCluster | undefined;
  const servers: AppServer[] = [];
  try {
    cluster = await createPrimaryCluster();
    const databaseUrl = await createDatabase(cluster);
    // The checks read the figures in this process, through the app's own client.
    process.env.DATABASE_URL = databaseUrl;
    console.log(`PostgreSQL for the soak on port ${cluster.port} (${cluster.root}); creating the data …`);
    const setup = createPrismaClient(databaseUrl, 4);
    const world = await createWorld(setup, year, options).finally(() => setup.$disconnect());
    const baseline = await readBaseline(
      databaseUrl,
      world.drafts.map((d) => d.id),
    );
    const env = {
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "5",
      AUTH_SECRET: BENCH_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      MAP_TILE_URL: "",
    };
    const ports = [await findFreePort(), await findFreePort()];
    for (const port of ports) servers.push(await startBuiltAppServer(env, port, "serve"));
    console.log(`Two app instances: ${servers.map((s) => s.origin).join(", ")}; ${options.seconds} s of work …`);

    const ledger = createLedger();
    const client = createClient(
      ledger,
      servers.map((s) => s.origin),
    );
    const deadline = client.started + options.seconds * 1000;
    const running = () => Date.now() < deadline;
    const windows: FaultWindow[] = [];
    const span = options.seconds * 1000;
    const restart = async (index: number, how: "stop" | "kill") => {
      const server = servers[index]!;
      await (how === "stop" ? server.stop(20_000) : server.kill());
      servers[index] = await startBuiltAppServer(env, ports[index]!, "serve");
    };
    const faults: Fault[] = [
      {
        at: span * 0.3,
        name: "PostgreSQL restarted (immediate stop, start)",
        run: async () => (await cluster!.stop("immediate"), await cluster!.start()),
      },
      { at: span * 0.5, name: "instance 1 restarted (SIGTERM, start)", run: () => restart(0, "stop") },
      { at: span * 0.7, name: "instance 2 killed (SIGKILL) and started", run: () => restart(1, "kill") },
    ];
    await Promise.all([
      runFaults(faults, client.started, windows),
      ...world.analysts.map((a) => runAnalyst(client, a.actor, a.drafts, running)),
      ...world.representatives.map((r) => runRepresentative(client, r.actor, r.drafts, running)),
      ...Array.from({ length: options.readers }, () => runReader(client, world, running)),
    ]);
    const scopes = [world.steering.user, ...world.representatives.map((r) => r.actor.user)];
    const checks = await checkDatabase(databaseUrl, baseline, ledger, scopes, year);
    const report = formatReport(ledger.outcomes, windows, checks);
    console.log(`\n${report.text}`);
    process.exitCode = report.passed ? 0 : 1;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await disconnectDb();
    await removeClusters(cluster);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

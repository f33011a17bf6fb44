import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chown, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findFreePort } from "../free-port";

// A throwaway PostgreSQL server of the installed version, in a temporary directory on a loopback
// port: for the tests and commands that must restart a database or stream to a replica, which
// they may do only to a server they started themselves (never the shared one on 5432).

const run = promisify(execFile);

export type LocalCluster = {
  port: number;
  /** The data directory's parent: the logs are there. */
  root: string;
  url: (database?: string) => string;
  /** The server's log so far (what it says when a test fails). */
  log: () => Promise<string>;
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  start: () => Promise<void>;
};

/** The binaries of the newest installed major version (Debian: /usr/lib/postgresql/<major>/bin). */
function binDirectory(): string {
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).filter((d) => /^\d+$/.test(d)) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL's server binaries were not found under /usr/lib/postgresql");
  return path.join(base, newest, "bin");
}

// initdb and pg_ctl refuse to run as root: there, they run as the postgres OS user.
const asRoot = process.getuid?.() === 0;

async function pg(binary: string, args: string[]): Promise<void> {
  const file = path.join(binDirectory(), binary);
  if (asRoot) await run("runuser", ["-u", "postgres", "--", file, ...args]);
  else await run(file, args);
}

async function makeRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "ods-pg-"));
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    await chown(root, Number(stdout.trim()), Number(group.trim()));
  }
  return root;
}

function cluster(root: string, name: string, port: number): LocalCluster {
  const data = path.join(root, name);
  const logFile = path.join(root, `${name}.log`);
  return {
    port,
    root,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    log: () => readFile(logFile, "utf8").catch(() => ""),
    stop: (mode = "fast") => pg("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    start: () => pg("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "60", "start"]),
  };
}

/**
 * Settings for a server that exists for minutes, every statement logged. No fsync (the machine
 * does not crash during a test) but synchronous commits: the soak crashes the server itself
 * (an immediate stop), and a commit acknowledged before its WAL was written would be lost there.
 */
function settings(root: string, port: number): string {
  return [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${root}'`,
    "wal_level = replica",
    "fsync = off",
    "log_statement = 'all'",
    "",
  ].join("\n");
}

/** A new primary server, started. */
export async function createPrimaryCluster(): Promise<LocalCluster> {
  const root = await makeRoot();
  const port = await findFreePort();
  await pg("initdb", ["-D", path.join(root, "primary"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  await appendFile(path.join(root, "primary", "postgresql.conf"), settings(root, port));
  const primary = cluster(root, "primary", port);
  await primary.start();
  return primary;
}

/** A streaming replica of `primary` (pg_basebackup -R), started beside it. */
export async function createReplicaCluster(primary: LocalCluster): Promise<LocalCluster> {
  const port = await findFreePort();
  const data = path.join(primary.root, "replica");
  await pg("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    data,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  // The copy carries the primary's settings; the last `port` line wins.
  await appendFile(path.join(data, "postgresql.conf"), `port = ${port}\n`);
  const replica = cluster(primary.root, "replica", port);
  await replica.start();
  return replica;
}

/** Stops the servers (whatever state they are in) and removes their directory. */
export async function removeClusters(...clusters: (LocalCluster | undefined)[]): Promise<void> {
  for (const c of clusters.filter((x): x is LocalCluster => x !== undefined).reverse()) {
    await c.stop("immediate").catch(() => undefined);
  }
  const root = clusters.find((c) => c)?.root;
  if (root) await rm(root, { recursive: true, force: true });
}

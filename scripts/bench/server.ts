import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { bundleServer, SERVER_BUNDLE } from "../build-server";
import { findFreePort } from "../free-port";

// The app's server on the existing build (`next start`, or ours as `npm start` runs it), on a free
// loopback port, against the benchmark database.

export type AppServer = {
  origin: string;
  /** The process group the server leads: the app server is one of its processes. */
  pid: number;
  output: () => string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5 s). */
  stop: (graceMs?: number) => Promise<void>;
  kill: () => Promise<void>;
};

const READY_TIMEOUT_MS = 60_000;
const BUILD_WAIT_MS = 60_000;

const nextBin = () => path.resolve("node_modules/.bin/next");

/**
 * The Node options `npm start` gives the server (package.json's config.serverNodeOptions: a heap
 * limit, without which V8 lets an idle heap grow towards a quarter of the machine's memory, and
 * young-generation halves of 8 MB instead of 16, which keeps ~17 MB less resident for scavenges
 * of a few more, shorter pauses).
 */
function serverNodeOptions(): string {
  const pkg = JSON.parse(readFileSync(path.resolve("package.json"), "utf8")) as { config?: { serverNodeOptions?: string } };
  return pkg.config?.serverNodeOptions ?? "";
}

/**
 * Builds the app when there is no build (`next build`, ~60 s here, then our server's bundle); an
 * existing build is used as it is.
 */
async function ensureBuild(): Promise<void> {
  await ensureNextBuild();
  // A plain `next build` leaves our server unbuilt (scripts/build-server.ts, ~2 s).
  if (!existsSync(path.resolve(SERVER_BUNDLE))) await bundleServer("scripts/serve.ts", SERVER_BUNDLE);
}

async function ensureNextBuild(): Promise<void> {
  // Another `next build` in the same tree removes BUILD_ID while it runs: give it time to finish.
  for (let waited = 0; waited < BUILD_WAIT_MS; waited += 1_000) {
    if (existsSync(path.resolve(".next/BUILD_ID"))) return;
    if (waited === 0) console.log("No build in .next yet: waiting up to a minute for one in progress …");
    await sleep(1_000);
  }
  console.log("No build in .next: running `next build` first …");
  // Its output goes to stderr: stdout may carry the bench's JSON.
  const child = spawn(nextBin(), ["build"], { stdio: ["ignore", process.stderr, process.stderr] });
  const code = await new Promise<number | null>((resolve, reject) => child.once("error", reject).once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

async function waitUntilReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${origin}/api/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`the app server did not answer /api/health/ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // The child leads its own process group: end it and anything it started, by its id.
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    signal("SIGKILL");
    await exited;
  }
}

/**
 * How the server is started: `next start` (the bench's reference), or our own server as `npm start`
 * runs it (scripts/serve.ts built into .next/serve.mjs: the client's address, body limits, graceful
 * shutdown, the hot reads).
 */
export type ServerEntry = "next-start" | "serve";

function serverCommand(entry: ServerEntry, port: number): [string, string[]] {
  if (entry === "serve") return [process.execPath, [SERVER_BUNDLE, "-p", String(port)]];
  return [nextBin(), ["start", "--port", String(port), "--hostname", "127.0.0.1"]];
}

/** A crash: SIGKILL to the whole group, no chance to finish anything. */
async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  await exited;
}

async function startAppServer(env: Record<string, string>, fixedPort: number | null, entry: ServerEntry): Promise<AppServer> {
  const port = fixedPort ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const [command, args] = serverCommand(entry, port);
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), NODE_OPTIONS: serverNodeOptions() },
  });
  // Should this process end without stopping the server (a crash, a signal), end it too.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", killOnExit);
  child.once("exit", () => process.removeListener("exit", killOnExit));
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    await waitUntilReady(origin, child, () => log);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { origin, pid: child.pid!, output: () => log, stop: (graceMs) => stopChild(child, graceMs), kill: () => killChild(child) };
}

/**
 * The app's server on the build in .next, made first if there is none. Other work in the same tree may
 * rebuild it at any time (e.g. the end-to-end tests), which removes it for a while: try again then.
 */
export async function startBuiltAppServer(
  env: Record<string, string>,
  port: number | null = null,
  entry: ServerEntry = "next-start",
): Promise<AppServer> {
  for (let attempt = 1; ; attempt++) {
    await ensureBuild();
    try {
      return await startAppServer(env, port, entry);
    } catch (error) {
      const noBuild = error instanceof Error && error.message.includes("Could not find a production build");
      if (!noBuild || attempt === 3) throw error;
      console.log("The build in .next went away while the server started (a rebuild?): trying again …");
    }
  }
}

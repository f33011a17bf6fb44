import { spawn, type ChildProcess } from "node:child_process";

// Another instance of the built app (scripts/serve.ts, `next start` with the app's request checks)
// on a port of its own: for tests of what several instances against one database must agree on.

export type AppInstance = { url: string; stop: () => Promise<void> };

/** How long a start or a stop may take on a loaded 2-core machine: a budget, not an assertion. */
const START_BUDGET_MS = 120_000;
const STOP_BUDGET_MS = 10_000;

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/** Resolves once the server says it listens; rejects if it exits first. */
function listening(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join("").includes("ready on ")) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the app on its own port exited (${code}) before it was ready:\n${output.join("")}`)));
  });
}

/** Asks /api/health/ready until it answers 200 (database reached, migrations applied), each request after the last answer. */
async function healthy(url: string, deadline: number): Promise<void> {
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`${url}/api/health/ready did not answer 200: ${last}`);
}

/**
 * Starts the built app (`npx next build` first) on `port` against `databaseUrl`, and resolves once
 * its /api/health/ready answers. Stop it in afterAll: `stop` ends it and waits for it to have ended.
 */
export async function startAppInstance(options: { port: number; databaseUrl: string; env: Record<string, string> }): Promise<AppInstance> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [".next/serve.mjs", "-p", String(options.port)], {
    env: { ...process.env, ...options.env, APP_URL: url, DATABASE_URL: options.databaseUrl, DATABASE_POOL_MAX: "5" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    // The server ends once its open connections have; a browser may keep one alive.
    const forced = setTimeout(() => child.kill("SIGKILL"), STOP_BUDGET_MS);
    await exited(child);
    clearTimeout(forced);
  };
  const output: string[] = [];
  try {
    await listening(child, output);
    await healthy(url, Date.now() + START_BUDGET_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

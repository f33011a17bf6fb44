import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "./db/engine";
import { openDatabase, type OpenDatabase } from "./db/open-database";

// Usage: tsx scripts/with-db.ts [--fresh[=<name>]] [--seed] [--demo] [-- <command> [args…]]
// Opens the database (DATABASE_URL, or the embedded one), applies the migrations, seeds if asked,
// then runs the command with DATABASE_URL and DATABASE_POOL_MAX pointing at it. --fresh creates a
// new database beside DATABASE_URL's and drops it afterwards; --fresh=<name> gives it the name, so
// that whoever started the command knows where it runs (playwright.config.ts: a second app
// instance on the same database).

type Options = { fresh: boolean; freshName?: string; seed: boolean; demo: boolean; command: string[] };

const FRESH_WITH_NAME = /^--fresh=([a-z0-9_]{1,63})$/;

function parseArgs(argv: string[]): Options {
  const separator = argv.indexOf("--");
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const known = new Set(["--fresh", "--seed", "--demo"]);
  const unknown = flags.filter((flag) => !known.has(flag) && !FRESH_WITH_NAME.test(flag));
  if (unknown.length > 0) {
    throw new Error(
      `unknown option ${unknown.join(" ")}; usage: with-db [--fresh[=<name of lowercase letters, digits, _>]] [--seed] [--demo] [-- command]`,
    );
  }
  const freshName = flags.map((flag) => FRESH_WITH_NAME.exec(flag)?.[1]).find((name) => name !== undefined);
  return {
    fresh: freshName !== undefined || flags.includes("--fresh"),
    freshName,
    seed: flags.includes("--seed"),
    demo: flags.includes("--demo"),
    command,
  };
}

function describeDatabase(database: OpenDatabase, applied: string[]): string {
  const url = new URL(database.url);
  const where = database.embedded ? `embedded PGlite on ${url.host}` : `${url.host}${url.pathname}`;
  const migrations = applied.length === 0 ? "migrations up to date" : `applied ${applied.join(", ")}`;
  return `database: ${where}, ${migrations}`;
}

/**
 * Before a migration or a seed writes anything: the demo data goes only into a database without
 * real people's accounts (prisma/seed/demo.ts checks again in the seed's own transaction).
 */
async function checkDemoAllowed(database: OpenDatabase, options: Options): Promise<void> {
  if (!options.demo) return;
  const { assertDemoDatabaseAllowed } = await import("@/prisma/seed/index");
  const prisma = createPrismaClient(database.url, database.poolMax);
  try {
    await assertDemoDatabaseAllowed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function seed(database: OpenDatabase, options: Options): Promise<void> {
  if (!options.seed && !options.demo) return;
  const { seedReferenceData, seedDemoData } = await import("@/prisma/seed/index");
  // A client of its own, disconnected before the command starts: the embedded server takes one.
  const prisma = createPrismaClient(database.url, database.poolMax);
  try {
    if (options.seed) await seedReferenceData(prisma);
    if (options.demo) await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The demo serves `next start` (production mode) on a laptop with no configuration: give it a
 * secret of its own, kept in the git-ignored .data folder, and trust the local Host header.
 */
function demoAuthEnv(options: Options): Record<string, string> {
  if (!options.demo) return {};
  const env: Record<string, string> = { AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
  if (process.env.AUTH_SECRET) return env;
  const file = path.resolve(".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return { ...env, AUTH_SECRET: readFileSync(file, "utf8").trim() };
}

function runCommand(command: string[], database: OpenDatabase, extraEnv: Record<string, string>): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  const bin = path.resolve("node_modules/.bin");
  const child = spawn(file, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      ...extraEnv,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.demo && process.env.NODE_ENV === "production") {
    console.error("Demodata får inte läggas in i produktion (NODE_ENV=production): lösenorden är offentliga.");
    return 1;
  }
  const database = await openDatabase({ fresh: options.fresh, name: options.freshName });
  try {
    await checkDemoAllowed(database, options);
    console.log(describeDatabase(database, await applyMigrations(database.url)));
    const authEnv = options.command.length > 0 ? demoAuthEnv(options) : {};
    // The demo admin's TOTP secret is sealed with a key from AUTH_SECRET: the seed must use the
    // secret the server it starts will get.
    if (authEnv.AUTH_SECRET) process.env.AUTH_SECRET = authEnv.AUTH_SECRET;
    await seed(database, options);
    return options.command.length > 0 ? await runCommand(options.command, database, authEnv) : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

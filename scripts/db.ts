import path from "node:path";
import { applyMigrations, createMigration, getMigrationStatus, type MigrationStatus } from "./db/engine";
import { openDatabase } from "./db/open-database";

// Usage: tsx scripts/db.ts deploy | migrate <name> | status
// The Prisma CLI's migrate commands, through the WebAssembly engine; on DATABASE_URL, or without it
// on the embedded database in .data/pglite.

const USAGE = "usage: npm run db:deploy | npm run db:migrate -- <name> | npm run db:status";

function printStatus(status: MigrationStatus): boolean {
  console.log(`${status.migrations.length} migration(s) in prisma/migrations`);
  const problems: [string, string[]][] = [
    ["not yet applied", status.pending],
    ["failed", status.failed],
    ["edited after being applied", status.edited],
    ["applied but missing from prisma/migrations", status.unknown],
  ];
  for (const [label, names] of problems) {
    if (names.length > 0) console.log(`${label}:\n${names.map((name) => `  ${name}`).join("\n")}`);
  }
  const upToDate = problems.every(([, names]) => names.length === 0);
  if (upToDate) console.log("Database schema is up to date!");
  return upToDate;
}

async function run(command: string | undefined, args: string[], url: string): Promise<number> {
  switch (command) {
    case "deploy": {
      const applied = await applyMigrations(url);
      console.log(applied.length === 0 ? "No pending migrations to apply." : `Applied: ${applied.join(", ")}`);
      return 0;
    }
    case "migrate": {
      if (!args[0]) throw new Error(`migrate needs a name; ${USAGE}`);
      const file = await createMigration(url, args[0]);
      console.log(
        file ? `Created and applied ${path.relative(process.cwd(), file)}` : "Already in sync: prisma/schema.prisma needs no migration.",
      );
      return 0;
    }
    case "status":
      return printStatus(await getMigrationStatus(url)) ? 0 : 1;
    default:
      throw new Error(USAGE);
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const database = await openDatabase({ fresh: false });
  try {
    return await run(command, args, database.url);
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

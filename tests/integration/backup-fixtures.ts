import { spawn } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData, seedReferenceData } from "@/prisma/seed";
import { applyMigrations } from "@/scripts/db/engine";
import type { Queryable } from "@/scripts/backup/manifest";

/** Migrates the database at `url` and fills it as `npm run db:demo` does. */
export async function seedDemoDatabase(url: string, poolMax: number): Promise<void> {
  await applyMigrations(url);
  const prisma = createPrismaClient(url, poolMax);
  try {
    await seedReferenceData(prisma);
    await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Every table of the public schema: its row count and a hash of all its rows' contents. */
export async function readTableSnapshot(db: Queryable): Promise<Record<string, { rows: number; hash: string }>> {
  const { rows: tables } = await db.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const snapshot: Record<string, { rows: number; hash: string }> = {};
  for (const { tablename } of tables) {
    const { rows } = await db.query<{ rows: number; hash: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS hash FROM public."${tablename}" t`,
    );
    snapshot[tablename] = rows[0]!;
  }
  return snapshot;
}

/** Runs `npm run db:backup|db:restore -- <file>` as an operator would: its exit code and what it printed. */
export function runBackupCommand(
  command: "backup" | "restore",
  file: string,
  databaseUrl: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/backup.ts", command, file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

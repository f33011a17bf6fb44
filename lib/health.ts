import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db, type Db } from "@/lib/db";

export type Readiness = { ready: true } | { ready: false; reason: "database_unreachable" | "migrations_pending" };

type ReadinessOptions = {
  client?: Pick<Db, "$queryRaw">;
  /** Read at every check, so a release that brings a migration is not ready until it is applied. */
  migrationsDir?: string;
};

async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

async function isReachable(client: Pick<Db, "$queryRaw">): Promise<boolean> {
  try {
    await client.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

/**
 * Ready to serve: the database answers and holds every migration of the release as finished (the
 * rows Prisma's `migrate deploy` writes). A database without `_prisma_migrations` at all has
 * migrations pending, not an outage.
 */
export async function checkReadiness({
  client = db,
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
}: ReadinessOptions = {}): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { ready: false, reason: (await isReachable(client)) ? "migrations_pending" : "database_unreachable" };
  }
  const expected = await listMigrationNames(migrationsDir);
  return expected.every((name) => applied.has(name)) ? { ready: true } : { ready: false, reason: "migrations_pending" };
}

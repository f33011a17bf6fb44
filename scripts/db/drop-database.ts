import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";

/**
 * Drops a database on a PostgreSQL server. Sessions that are still closing (a pool that has just
 * ended, a test worker on its way out) would get a "terminating connection" error thrown at them by
 * FORCE, so wait up to `patienceMs` for them to leave; force whatever is left after that.
 */
export async function dropDatabase(admin: pg.Pool | pg.Client, name: string, patienceMs = 5_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
    if (rows[0]?.n === 0 || Date.now() - started > patienceMs) break;
    await sleep(50);
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
}

import { rm, writeFile } from "node:fs/promises";
import pg from "pg";
import { messages } from "@/lib/i18n";
import {
  BACKUP_FORMATS,
  BackupRefusedError,
  checkBeforeRestore,
  compareRowCounts,
  isDatabaseEmpty,
  manifestPath,
  readMigrationLevel,
  readRowCounts,
  sha256File,
  type Manifest,
  type Queryable,
} from "./manifest";
import { runPgTool } from "./pg-tools";

// Backup and restore on a PostgreSQL server: pg_dump -Fc, and pg_restore into an empty database.

const t = messages.cli.backup;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const queryable = (client: pg.Client): Queryable => ({
  query: <R extends object>(sql: string) => client.query<R & pg.QueryResultRow>(sql),
});

/**
 * Dumps the database to `file` and writes the manifest beside it. The row counts, the migration
 * level and the dump all read one exported snapshot, so they agree even while the app writes.
 */
export async function backupServer(url: string, file: string): Promise<Manifest> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
      const db = queryable(client);
      const rowCounts = await readRowCounts(db);
      const migration = await readMigrationLevel(db);
      const serverVersion = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
      await runPgTool("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${file}`], url);
      const manifest: Manifest = {
        format: BACKUP_FORMATS.server,
        createdAt: new Date().toISOString(),
        migration,
        serverVersion,
        sha256: await sha256File(file),
        rowCounts,
      };
      await writeFile(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
      return manifest;
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    } finally {
      await client.query("COMMIT");
    }
  });
}

function describeTarget(url: string): string {
  const parsed = new URL(url);
  return t.serverTarget(`${parsed.host}${parsed.pathname}`);
}

/** Restores `file` into the empty database at `url` and checks its row counts against the manifest. */
export async function restoreServer(url: string, file: string, manifest: Manifest): Promise<void> {
  if (manifest.format !== BACKUP_FORMATS.server) throw new BackupRefusedError(t.wrongFormat(manifest.format, describeTarget(url)));
  await checkBeforeRestore(file, manifest);
  if (!(await withClient(url, (client) => isDatabaseEmpty(queryable(client))))) {
    throw new BackupRefusedError(t.notEmpty(describeTarget(url)));
  }
  // One transaction: a restore that fails half-way leaves the database as empty as it found it.
  // Owners and grants name roles that the target server need not have.
  await runPgTool(
    "pg_restore",
    ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${connectionDbName(url)}`, file],
    url,
  );
  const differences = compareRowCounts(manifest.rowCounts, await withClient(url, (client) => readRowCounts(queryable(client))));
  if (differences.length > 0) throw new BackupRefusedError(t.countMismatch(differences));
}

// pg_restore needs --dbname to restore at all (without it, it prints SQL); the rest of the
// connection comes from the environment.
const connectionDbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";
import { readMigrationList } from "../db/migrations-folder";

// The manifest lies beside the dump as `<file>.manifest.json`: the dump stays a plain pg_dump
// archive that pg_restore reads as it is, and the manifest can be read without unpacking anything.

const t = messages.cli.backup;

/** A refusal the operator can act on; its message is meant for them. */
export class BackupRefusedError extends Error {}

export const BACKUP_FORMATS = {
  /** pg_dump -Fc of a PostgreSQL server. */
  server: "pg_dump-custom",
  /** PGlite's own dump of its data folder (docs/decisions/0019-backups.md says why). */
  embedded: "pglite-datadir-tar-gz",
} as const;

const manifestSchema = z.object({
  format: z.enum([BACKUP_FORMATS.server, BACKUP_FORMATS.embedded]),
  createdAt: z.iso.datetime(),
  /** The last migration applied to the database; null before the first. */
  migration: z.string().nullable(),
  serverVersion: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type RowCounts = Manifest["rowCounts"];

export const manifestPath = (file: string) => `${file}.manifest.json`;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function readManifest(file: string): Promise<Manifest> {
  const path = manifestPath(file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new BackupRefusedError(t.cannotReadManifest(path, error instanceof Error ? error.message : String(error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupRefusedError(t.invalidManifest(path));
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupRefusedError(t.invalidManifest(path));
  return parsed.data;
}

/** Everything a restore checks before it writes: the checksum and the migration level. */
export async function checkBeforeRestore(file: string, manifest: Manifest, migrationsDir = "prisma/migrations"): Promise<void> {
  if ((await sha256File(file)) !== manifest.sha256) throw new BackupRefusedError(t.checksumMismatch(file));
  if (manifest.migration === null) return;
  const known = (await readMigrationList(migrationsDir)).migrationDirectories.map((directory) => directory.path);
  // A migration the code does not have means a newer schema than the code can run against.
  if (!known.includes(manifest.migration)) throw new BackupRefusedError(t.unknownMigration(manifest.migration, known.at(-1) ?? null));
}

/** The differences between two sets of row counts, one line per table; none when they agree. */
export function compareRowCounts(expected: RowCounts, actual: RowCounts): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return tables
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `  ${table}: ${expected[table] ?? "saknas"} i manifestet, ${actual[table] ?? "saknas"} i databasen`);
}

export const totalRows = (counts: RowCounts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** A minimal query interface that pg.Client and PGlite both satisfy. */
export type Queryable = { query: <R extends object>(sql: string) => Promise<{ rows: R[] }> };

export async function readRowCounts(db: Queryable): Promise<RowCounts> {
  const { rows } = await db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const counts: RowCounts = {};
  for (const { tablename } of rows) {
    const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM public."${tablename.replaceAll('"', '""')}"`);
    counts[tablename] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

export async function readMigrationLevel(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ exists: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return null;
  const applied = await db.query<{ name: string }>(
    "SELECT migration_name AS name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1",
  );
  return applied.rows[0]?.name ?? null;
}

/** True when the public schema holds no relation (table, sequence, view, index) and no type. */
export async function isDatabaseEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')
        AND NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r', 'm')) AS empty`,
  );
  return rows[0]?.empty === true;
}

import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { messages } from "@/lib/i18n";
import { openEmbeddedFolder } from "../db/embedded";
import {
  BACKUP_FORMATS,
  BackupRefusedError,
  checkBeforeRestore,
  compareRowCounts,
  manifestPath,
  readMigrationLevel,
  readRowCounts,
  sha256File,
  type Manifest,
  type Queryable,
} from "./manifest";

// Backup and restore of the embedded PGlite database. pg_dump 15 refuses its PostgreSQL 18, so the
// dump is PGlite's own: a gzipped tar of the data folder (docs/decisions/0019-backups.md).

const t = messages.cli.backup;

const queryable = (db: PGlite): Queryable => ({ query: (sql) => db.query(sql) });

async function withFolder<T>(dataDir: string, loadDataDir: Blob | undefined, run: (db: PGlite) => Promise<T>): Promise<T> {
  const folder = await openEmbeddedFolder(dataDir, loadDataDir);
  try {
    return await run(folder.db);
  } finally {
    await folder.close();
  }
}

/** Dumps the data folder to `file`; the folder's lock keeps every writer out meanwhile. */
export async function backupEmbedded(dataDir: string, file: string): Promise<Manifest> {
  return withFolder(dataDir, undefined, async (db) => {
    const rowCounts = await readRowCounts(queryable(db));
    const migration = await readMigrationLevel(queryable(db));
    const serverVersion = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    const dump = await db.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()), { flag: "wx" });
    try {
      const manifest: Manifest = {
        format: BACKUP_FORMATS.embedded,
        createdAt: new Date().toISOString(),
        migration,
        serverVersion,
        sha256: await sha256File(file),
        rowCounts,
      };
      await writeFile(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
      return manifest;
    } catch (error) {
      // A dump without its manifest cannot be restored: do not leave one that looks like a backup.
      await rm(file, { force: true });
      throw error;
    }
  });
}

// PGlite builds a database from a dump only into a folder that holds none, and an existing folder
// is a database already (the launcher migrates whatever it opens): only a missing or empty folder
// counts as empty.
const isFolderEmpty = (dataDir: string) => !existsSync(dataDir) || readdirSync(dataDir).length === 0;

/** Creates the data folder from `file` and checks its row counts against the manifest. */
export async function restoreEmbedded(dataDir: string, file: string, manifest: Manifest): Promise<void> {
  const shown = path.relative(process.cwd(), dataDir) || dataDir;
  if (manifest.format !== BACKUP_FORMATS.embedded) throw new BackupRefusedError(t.wrongFormat(manifest.format, t.embeddedTarget(shown)));
  await checkBeforeRestore(file, manifest);
  if (!isFolderEmpty(dataDir)) throw new BackupRefusedError(t.notEmpty(t.embeddedTarget(shown)));
  const dump = new Blob([await readFile(file)]);
  try {
    const counts = await withFolder(dataDir, dump, (db) => readRowCounts(queryable(db)));
    const differences = compareRowCounts(manifest.rowCounts, counts);
    if (differences.length > 0) throw new BackupRefusedError(t.countMismatch(differences));
  } catch (error) {
    // Unlike the server's, this restore is not one transaction: remove what it made, so that the
    // folder is empty again and the next attempt is not refused.
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

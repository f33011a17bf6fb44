// `npm run db:backup -- <file>` and `npm run db:restore -- <file>` (README: "Backups"). The backup
// is <file>, its manifest <file>.manifest.json beside it. On DATABASE_URL's server: pg_dump -Fc,
// restored with pg_restore. Without DATABASE_URL: the embedded database's data folder
// (.data/pglite), dumped and restored by PGlite itself. A restore writes only into an empty
// database, and only a dump whose checksum holds and whose migrations this code has.
// Exit code 0: done, 1: refused or failed, 2: usage.
// Not through scripts/with-db.ts: it migrates the database it opens, which would change what a
// backup reads and make every restore target non-empty.
import { existsSync } from "node:fs";
import { messages } from "@/lib/i18n";
import { EMBEDDED_DATA_DIR } from "./db/open-database";
import { backupEmbedded, restoreEmbedded } from "./backup/embedded";
import { BackupRefusedError, manifestPath, readManifest, totalRows, type Manifest } from "./backup/manifest";
import { backupServer, restoreServer } from "./backup/server";
import { done, fileArgument, refused, runCommand, wrongUsage, type ExitCode } from "./cli";

const t = messages.cli.backup;

async function backup(file: string, url: string | undefined): Promise<ExitCode> {
  const existing = [file, manifestPath(file)].find((path) => existsSync(path));
  if (existing) return refused([t.fileExists(existing)]);
  const manifest: Manifest = url ? await backupServer(url, file) : await backupEmbedded(EMBEDDED_DATA_DIR, file);
  return done(t.written(file, manifestPath(file), Object.keys(manifest.rowCounts).length, totalRows(manifest.rowCounts)));
}

async function restore(file: string, url: string | undefined): Promise<ExitCode> {
  const manifest = await readManifest(file);
  if (url) await restoreServer(url, file, manifest);
  else await restoreEmbedded(EMBEDDED_DATA_DIR, file, manifest);
  return done(t.restored(file, Object.keys(manifest.rowCounts).length, totalRows(manifest.rowCounts)));
}

runCommand(async ([command, ...args]) => {
  const file = fileArgument(args);
  if (!file || (command !== "backup" && command !== "restore")) return wrongUsage(t.usage);
  // Read here as scripts/db/open-database.ts reads it: unset means the embedded database, a case
  // lib/env.ts (which requires it) does not know.
  const url = process.env.DATABASE_URL || undefined;
  try {
    return await (command === "backup" ? backup(file, url) : restore(file, url));
  } catch (error) {
    if (error instanceof BackupRefusedError) return refused([error.message]);
    throw error;
  }
});

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "@/scripts/backup/embedded";
import { readManifest, type Queryable } from "@/scripts/backup/manifest";
import { openEmbeddedFolder, startEmbeddedDatabase } from "@/scripts/db/embedded";
import { readTableSnapshot, seedDemoDatabase } from "./backup-fixtures";

// The restore drill of README "Backups" on the embedded database (`npm start` without
// DATABASE_URL): its own PGlite in a temporary data folder, whatever database the run uses.

let dir: string;
let source: string;
let dump: string;

async function snapshotOf(dataDir: string) {
  const folder = await openEmbeddedFolder(dataDir);
  try {
    const db: Queryable = { query: (sql) => folder.db.query(sql) };
    return await readTableSnapshot(db);
  } finally {
    await folder.close();
  }
}

describe("npm run db:backup / db:restore on the embedded database", () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ods-backup-embedded-"));
    source = path.join(dir, "source");
    const embedded = await startEmbeddedDatabase({ dataDir: source });
    try {
      await seedDemoDatabase(embedded.url, 1);
    } finally {
      await embedded.stop();
    }
    dump = path.join(dir, "demo.tar.gz");
    await backupEmbedded(source, dump);
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("restores into a new data folder every table with the same rows", { timeout: 120_000 }, async () => {
    const manifest = await readManifest(dump);
    expect(manifest.format).toBe("pglite-datadir-tar-gz");
    const target = path.join(dir, "restored");
    await restoreEmbedded(target, dump, manifest);
    const [expected, actual] = [await snapshotOf(source), await snapshotOf(target)];
    expect(Object.keys(actual).length).toBeGreaterThan(20);
    expect(actual.Scene?.rows).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    expect(manifest.rowCounts).toEqual(Object.fromEntries(Object.entries(expected).map(([table, { rows }]) => [table, rows])));
  });

  it("refuses a data folder that already holds a database, and leaves it as it was", { timeout: 120_000 }, async () => {
    const before = await snapshotOf(source);
    await expect(restoreEmbedded(source, dump, await readManifest(dump))).rejects.toThrow(/bara till en tom databas.*är inte tom/);
    expect(await snapshotOf(source)).toEqual(before);
  });
});

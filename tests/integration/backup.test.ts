import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readManifest, manifestPath, BackupRefusedError, type Queryable } from "@/scripts/backup/manifest";
import { restoreServer } from "@/scripts/backup/server";
import { dropDatabase } from "@/scripts/db/drop-database";
import { readMigrationList } from "@/scripts/db/migrations-folder";
import { readTableSnapshot, runBackupCommand, seedDemoDatabase } from "./backup-fixtures";

// The restore drill of README "Backups", on a PostgreSQL server: the demo data, backed up with the
// real command and restored into a new database, must come back table for table, row for row.
// pg_dump needs a server: without DATABASE_URL (the embedded database) backup-embedded.test.ts runs.

const server = inject("databaseUrl");
const created: string[] = [];
let admin: pg.Client;
let dir: string;
let source: string;
let dump: string;

async function createDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (db: Queryable) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run({ query: <R extends object>(sql: string) => client.query<R & pg.QueryResultRow>(sql) });
  } finally {
    await client.end();
  }
}

const relationCount = (url: string) =>
  withClient(url, async (db) => {
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
    );
    return rows[0]!.n;
  });

describe.skipIf(inject("databaseEmbedded"))("npm run db:backup / db:restore on a PostgreSQL server", () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: server });
    await admin.connect();
    dir = await mkdtemp(path.join(os.tmpdir(), "ods-backup-"));
    source = await createDatabase("backup_source");
    await seedDemoDatabase(source, 2);
    dump = path.join(dir, "demo.dump");
    const { code, output } = await runBackupCommand("backup", dump, source);
    expect(output).toMatch(/Säkerhetskopian har skrivits till/);
    expect(code).toBe(0);
  }, 180_000);

  afterAll(async () => {
    for (const name of created) await dropDatabase(admin, name);
    await admin?.end();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes a manifest with the migration level and the row count of every table", async () => {
    const manifest = await readManifest(dump);
    const migrations = (await readMigrationList("prisma/migrations")).migrationDirectories.map((m) => m.path);
    expect(manifest).toMatchObject({ format: "pg_dump-custom", migration: migrations.at(-1) });
    const snapshot = await withClient(source, readTableSnapshot);
    expect(manifest.rowCounts).toEqual(Object.fromEntries(Object.entries(snapshot).map(([table, { rows }]) => [table, rows])));
    expect(manifest.rowCounts.Scene).toBeGreaterThan(0);
  });

  it("restores into an empty database every table with the same rows", { timeout: 60_000 }, async () => {
    const target = await createDatabase("backup_target");
    const { code, output } = await runBackupCommand("restore", dump, target);
    expect(output).toMatch(/har återställts: \d+ tabeller/);
    expect(code).toBe(0);
    const [expected, actual] = [await withClient(source, readTableSnapshot), await withClient(target, readTableSnapshot)];
    expect(Object.keys(actual).length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  it("refuses a database that holds any relation, even an empty table, and exits non-zero", { timeout: 60_000 }, async () => {
    const target = await createDatabase("backup_nonempty");
    await withClient(target, (db) => db.query("CREATE TABLE kept (id int)"));
    const { code, output } = await runBackupCommand("restore", dump, target);
    expect(output).toMatch(/bara till en tom databas.*är inte tom\. Ingenting har återställts/);
    expect(code).toBe(1);
    expect(await relationCount(target)).toBe(1);
  });

  it("refuses a dump that does not match its checksum", async () => {
    const tampered = path.join(dir, "tampered.dump");
    const bytes = await readFile(dump);
    const at = bytes.length - 10;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    await writeFile(tampered, bytes);
    await copyFile(manifestPath(dump), manifestPath(tampered));
    const target = await createDatabase("backup_tampered");
    await expect(restoreServer(target, tampered, await readManifest(tampered))).rejects.toThrow(/Kontrollsumman .* stämmer inte/);
    expect(await relationCount(target)).toBe(0);
  });

  it("refuses a dump from a newer migration level than the code knows", async () => {
    const newer = path.join(dir, "newer.dump");
    await copyFile(dump, newer);
    const manifest = { ...(await readManifest(dump)), migration: "29991231000000_from_a_newer_version" };
    await writeFile(manifestPath(newer), JSON.stringify(manifest));
    const target = await createDatabase("backup_newer");
    const restoring = restoreServer(target, newer, await readManifest(newer));
    await expect(restoring).rejects.toThrow(BackupRefusedError);
    await expect(restoring).rejects.toThrow(/29991231000000_from_a_newer_version, som den här versionen av koden inte känner till/);
    expect(await relationCount(target)).toBe(0);
  });
});

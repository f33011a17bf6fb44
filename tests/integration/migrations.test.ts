import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, getMigrationStatus } from "@/scripts/db/engine";

const url = inject("databaseUrl");

async function countAppliedMigrations(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

describe("the integration database", () => {
  it("is the fresh one from the global setup, also for code that reads process.env (lib/db)", () => {
    expect(process.env.DATABASE_URL).toBe(url);
    expect(process.env.DATABASE_POOL_MAX).toBe(String(inject("databasePoolMax")));
  });
});

describe("prisma/migrations", () => {
  let tempDir: string;

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), "schema-drift-"));
  });

  afterAll(async () => {
    await rm(tempDir, { recursive: true, force: true });
  });

  it("agree with prisma/schema.prisma (else run `npm run db:migrate -- <name>`)", async () => {
    expect(await diffMigrationsToSchema(url)).toBe("");
  });

  it("are reported out of date when the schema has changed without a migration", async () => {
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const changed = `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    const schemaPath = path.join(tempDir, "schema.prisma");
    await writeFile(schemaPath, changed);
    expect(await diffMigrationsToSchema(url, { schemaPath })).toMatch(/CREATE TABLE "DriftProbe"/);
  });

  it("are all applied by the global setup, and applying them again changes nothing", async () => {
    const status = await getMigrationStatus(url);
    expect(status.migrations.length).toBeGreaterThan(0);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [], unknown: [] });
    const before = await countAppliedMigrations();
    expect(before).toBe(status.migrations.length);
    expect(await applyMigrations(url)).toEqual([]);
    expect(await countAppliedMigrations()).toBe(before);
  });
});

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { DemoRefusedError, seedDemoData } from "@/prisma/seed";
import { applyMigrations } from "@/scripts/db/engine";
import { dropDatabase } from "@/scripts/db/drop-database";
import { createTestUser, resetDatabase } from "./helpers";

// The demo accounts' password is public: `npm run db:demo` writes them only into a database
// without anyone else's account, marks it as a demo's, and the sign-in lets them in only there.

beforeEach(resetDatabase);

const counts = async () => ({
  users: await db.user.count(),
  markers: await db.demoMarker.count(),
  scenes: await db.scene.count(),
  events: await db.auditEvent.count(),
});

describe("seedDemoData", () => {
  it("refuses a database with a user who is not a demo account, writing nothing", async () => {
    await createTestUser("ADMIN");
    const before = await counts();
    await expect(seedDemoData(db)).rejects.toThrow(DemoRefusedError);
    await expect(seedDemoData(db)).rejects.toThrow(/ingenting har skrivits/);
    expect(await counts()).toEqual(before);
  });

  it("marks the database as a demo's, and a re-seed keeps a disabled demo account disabled", async () => {
    await seedDemoData(db);
    expect(await db.demoMarker.count()).toBe(1);
    const disabledAt = new Date("2026-01-01T00:00:00Z");
    await db.user.update({ where: { email: "styrgrupp@demo.test" }, data: { disabledAt } });
    await seedDemoData(db);
    expect(await db.demoMarker.count()).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email: "styrgrupp@demo.test" } })).disabledAt).toEqual(disabledAt);
    expect((await db.user.findUniqueOrThrow({ where: { email: "admin@demo.test" } })).disabledAt).toBeNull();
  });
});

describe("signing in with a demo account", () => {
  async function addDemoAccount() {
    const email = "styrgrupp@demo.test";
    await db.user.create({ data: { email, name: "Sten Styrgrupp", role: "STEERING", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    return email;
  }

  it("is refused on a database not marked as a demo's, even with the right password", async () => {
    const email = await addDemoAccount();
    expect(await checkCredentials(email, DEMO_PASSWORD, "10.1.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditEvent.findFirst({ where: { type: "auth.sign_in_failed" } })).toMatchObject({
      after: expect.objectContaining({ reason: "demo_refused" }),
    });
  });

  it("is accepted on a database so marked", async () => {
    const email = await addDemoAccount();
    await db.demoMarker.create({ data: {} });
    expect(await checkCredentials(email, DEMO_PASSWORD, "10.1.0.2")).toMatchObject({ ok: true });
  });
});

/** Runs a command to its end: its exit code and what it printed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

// The real command, against a scratch database beside the test's; it needs a PostgreSQL server
// (without DATABASE_URL, with-db would open the developer's own embedded database).
describe.skipIf(inject("databaseEmbedded"))("npm run db:demo (tsx scripts/with-db.ts --seed --demo)", () => {
  it("exits non-zero on a database with a user who is not a demo account, and writes nothing", { timeout: 120_000 }, async () => {
    const server = new URL(inject("databaseUrl"));
    const name = `demo_guard_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const scratch = new URL(server);
    scratch.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: scratch.toString() });
    try {
      await applyMigrations(scratch.toString());
      await client.connect();
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('u1', 'analytiker@polisen.se', 'Ana Lytiker', 'ADMIN', 'x', now())`,
      );
      const snapshot = async () =>
        (
          await client.query<{ n: string }>(
            `SELECT (SELECT count(*) FROM "User") || '/' || (SELECT count(*) FROM "DemoMarker") || '/' || (SELECT count(*) FROM "PoliceArea") || '/' || (SELECT count(*) FROM "Scene") || '/' || (SELECT count(*) FROM _prisma_migrations) AS n`,
          )
        ).rows[0]!.n;
      const before = await snapshot();

      // As an operator types it: no NODE_ENV, the case the issue found seeding any database.
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: scratch.toString() };
      Reflect.deleteProperty(env, "NODE_ENV");
      const { code, output } = await run("npx", ["tsx", "scripts/with-db.ts", "--seed", "--demo"], env);

      expect(code).not.toBe(0);
      expect(output).toMatch(/Demodata läggs bara in i en databas utan andra användare än demokonton/);
      expect(await snapshot()).toBe(before);
      expect(before).toMatch(/^1\/0\/0\/0\/\d+$/);
    } finally {
      await client.end();
      await dropDatabase(admin, name);
      await admin.end();
    }
  });
});

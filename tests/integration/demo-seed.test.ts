import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { MIN_SCENES } from "@/lib/what-works/schemas";
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

  // Seeds the twenty-scene demo twice, which can take longer than the default 30 s on a loaded machine.
  it("marks the database as a demo's, and a re-seed keeps a disabled demo account disabled", { timeout: 120_000 }, async () => {
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

type Side = { side: "treated" | "comparison"; scenes: number; change: number };

/**
 * "Vad fungerar"'s method (issue 15), written again in SQL so that the demo is checked apart from
 * the view: per scene, the indicator's mean over the two years after the start year minus over the
 * two before; treated = scenes with the type starting that year, comparison = scenes counted that
 * year without the type starting within two years of it. Only scenes with both windows.
 */
async function changeFor(type: string, indicator: string): Promise<Record<string, Side>> {
  const rows = await db.$queryRaw<Side[]>`
    WITH counted AS (
      SELECT "sceneId", year FROM "Assessment" WHERE status IN ('SUBMITTED', 'COSIGNED') AND "isOpenDrugScene"
    ), starts AS (
      SELECT DISTINCT "sceneId", extract(year FROM "startDate")::int AS y0 FROM "Intervention" WHERE type = ${type}
    ), pairs AS (
      SELECT 'treated' AS side, "sceneId", y0 FROM starts
      UNION ALL
      SELECT 'comparison', c."sceneId", c.year FROM counted c
      WHERE c.year IN (SELECT y0 FROM starts)
        AND NOT EXISTS (SELECT 1 FROM starts s WHERE s."sceneId" = c."sceneId" AND s.y0 BETWEEN c.year - 2 AND c.year + 2)
    ), windows AS (
      SELECT p.side, p."sceneId",
        (SELECT avg(value) FROM "SceneIndicator" v
          WHERE v."sceneId" = p."sceneId" AND v.indicator = ${indicator} AND v.year IN (p.y0 + 1, p.y0 + 2) HAVING count(*) = 2)
        - (SELECT avg(value) FROM "SceneIndicator" v
          WHERE v."sceneId" = p."sceneId" AND v.indicator = ${indicator} AND v.year IN (p.y0 - 2, p.y0 - 1) HAVING count(*) = 2) AS change
      FROM pairs p
    )
    SELECT side, count(DISTINCT "sceneId")::int AS scenes, avg(change)::float AS change FROM windows WHERE change IS NOT NULL GROUP BY side`;
  return Object.fromEntries(rows.map((r) => [r.side, r]));
}

const difference = (sides: Record<string, Side>) => sides.treated!.change - sides.comparison!.change;

describe("the demo data for the county's view of what works", () => {
  it("holds a type that went with improvement, one that did not, and one at too few scenes", { timeout: 120_000 }, async () => {
    await seedDemoData(db);
    for (const indicator of ["violent_crimes", "unsafe_share"]) {
      for (const type of ["situational_prevention", "social_outreach"]) {
        const sides = await changeFor(type, indicator);
        expect(sides.treated?.scenes, `${type} ${indicator}`).toBeGreaterThanOrEqual(MIN_SCENES);
        expect(sides.comparison?.scenes, `${type} ${indicator}`).toBeGreaterThanOrEqual(MIN_SCENES);
      }
    }
    // Situational prevention: clearly more fall than at comparable scenes (about −5.6 and −0.08).
    expect(difference(await changeFor("situational_prevention", "violent_crimes"))).toBeLessThan(-4);
    expect(difference(await changeFor("situational_prevention", "unsafe_share"))).toBeLessThan(-0.05);
    // Social outreach: about the same change as comparable scenes (about +0.7 and +0.00).
    expect(Math.abs(difference(await changeFor("social_outreach", "violent_crimes")))).toBeLessThan(1.5);
    expect(Math.abs(difference(await changeFor("social_outreach", "unsafe_share")))).toBeLessThan(0.02);
    const camera = await changeFor("camera_surveillance", "violent_crimes");
    expect(camera.treated?.scenes).toBeGreaterThan(0);
    expect(camera.treated?.scenes).toBeLessThan(MIN_SCENES);

    // Actors together at a scene in a start year, and judged effects of every kind.
    const combinations = await db.$queryRaw<{ actors: string; scenes: number }[]>`
      SELECT actors, count(*)::int AS scenes FROM (
        SELECT string_agg(DISTINCT actor, '+' ORDER BY actor) AS actors FROM "Intervention"
        GROUP BY "sceneId", extract(year FROM "startDate") HAVING count(DISTINCT actor) > 1
      ) c GROUP BY actors`;
    expect(Object.fromEntries(combinations.map((c) => [c.actors, c.scenes]))).toMatchObject({
      "municipality+police": expect.any(Number),
      "municipality+property_owner": expect.any(Number),
    });
    const effects = await db.intervention.groupBy({ by: ["effect"], _count: true });
    expect(effects.map((e) => e.effect ?? "not evaluated").sort()).toEqual(["negative", "none", "not evaluated", "positive", "unclear"]);
  });

  it("varies the partners, minors present and police actions across scenes and years", { timeout: 120_000 }, async () => {
    await seedDemoData(db);
    const answers = await db.$queryRaw<{ year: number; minors: string; partners: number; policed: boolean }[]>`
      SELECT year, answers->>'minors_present' AS minors, jsonb_array_length(answers->'partners')::int AS partners,
        jsonb_array_length(answers->'police_actions') > 0 AS policed
      FROM "Assessment" WHERE status IN ('SUBMITTED', 'COSIGNED') AND "isOpenDrugScene"`;
    expect(new Set(answers.map((a) => a.minors))).toEqual(new Set(["yes", "no", "unknown"]));
    expect(new Set(answers.map((a) => a.partners)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(answers.map((a) => a.policed))).toEqual(new Set([true, false]));
    const minorsShare = (year: number) => {
      const ofYear = answers.filter((a) => a.year === year);
      return ofYear.filter((a) => a.minors === "yes").length / ofYear.length;
    };
    expect(new Set([2021, 2022, 2023, 2024, 2025].map(minorsShare)).size).toBeGreaterThan(1);
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

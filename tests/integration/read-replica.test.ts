import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { createPrismaClient, db, disconnectDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { seedReferenceData } from "@/prisma/seed";
import { applyMigrations } from "@/scripts/db/engine";
import { createPrimaryCluster, createReplicaCluster, removeClusters, type LocalCluster } from "@/scripts/db/local-cluster";
import { createTestUser, currentUser, formData, signInAs } from "./helpers";
import { redirectOf } from "./questionnaire-fixtures";

// Issue 14, point 6: with DATABASE_REPLICA_URLS, the heavy reads go to a real streaming replica
// (PostgreSQL 15 in temporary directories, started here), while writes and the writer's next reads
// go to the primary. Both servers log every statement: the logs show which one answered.

const cookieJar = new Map<string, string>();
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ has: (name: string) => cookieJar.has(name), set: (name: string, value: string) => cookieJar.set(name, value) }),
}));

const { getDashboard } = await import("@/lib/stats/dashboard");
const { openRoundAction } = await import("@/lib/rounds/actions");

const DATABASE = "ods_replica";
/** A statement only the figures' reads send. */
const FIGURES_READ = /(statement|execute [^:]*):\s*SELECT[^;]*FROM "StatsGeneration"/;

let primary: LocalCluster | undefined;
let replica: LocalCluster | undefined;
const saved = { url: process.env.DATABASE_URL, replicas: process.env.DATABASE_REPLICA_URLS };

/** Where each server's log stands, so that a check reads only what came after. */
async function logMarks(): Promise<[number, number]> {
  return [(await primary!.log()).length, (await replica!.log()).length];
}

/** The entries each server logged since the marks (an entry starts with its time; SQL spans lines). */
async function statementsSince([p, r]: [number, number]) {
  const entries = (text: string, from: number) => text.slice(from).split(/\n(?=\d{4}-\d\d-\d\d )/);
  return { primary: entries(await primary!.log(), p), replica: entries(await replica!.log(), r) };
}

/** Waits until the replica has replayed everything the primary has written. */
async function waitForReplay(): Promise<void> {
  const client = new pg.Client({ connectionString: primary!.url(DATABASE) });
  await client.connect();
  try {
    const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    await expect
      .poll(async () => {
        const { rows: caught } = await client.query<{ ok: boolean }>(`SELECT replay_lsn >= $1::pg_lsn AS ok FROM pg_stat_replication`, [
          rows[0]!.lsn,
        ]);
        return caught[0]?.ok ?? false;
      })
      .toBe(true);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  primary = await createPrimaryCluster();
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  await applyMigrations(primary.url(DATABASE));
  const seeding = createPrismaClient(primary.url(DATABASE), 1);
  await seedReferenceData(seeding).finally(() => seeding.$disconnect());
  replica = await createReplicaCluster(primary);
  // Before the app's client exists: it is made on first use, from these.
  process.env.DATABASE_URL = primary.url(DATABASE);
  process.env.DATABASE_REPLICA_URLS = replica.url(DATABASE);
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await removeClusters(primary, replica);
  process.env.DATABASE_URL = saved.url;
  process.env.DATABASE_REPLICA_URLS = saved.replicas;
});

describe("a read replica for the heavy reads", () => {
  let county: SessionUser;
  let admin: SessionUser;

  it("reads the dashboard from the replica, and writes to the primary", async () => {
    expect(getEnv().DATABASE_REPLICA_URLS).toEqual([replica!.url(DATABASE)]);
    county = await createTestUser("STEERING");
    admin = await createTestUser("ADMIN");
    await waitForReplay();

    const marks = await logMarks();
    await getDashboard(county, 2025);
    const seen = await statementsSince(marks);
    expect(seen.replica.filter((l) => FIGURES_READ.test(l)).length).toBeGreaterThan(0);
    expect(seen.primary.filter((l) => FIGURES_READ.test(l))).toEqual([]);
    // The replica refuses writes: the one write of a read (storing the computed figures) went to the primary.
    expect(seen.primary.some((l) => l.includes(`INSERT INTO "StatsCache"`))).toBe(true);
  });

  it("sends a write, and the writer's next read, to the primary; others still read the replica", async () => {
    signInAs(admin);
    const marks = await logMarks();
    await redirectOf(openRoundAction({ ok: false }, formData({ year: "2027", deadline: "2027-03-31" })));
    await getDashboard(admin, 2025);
    const seen = await statementsSince(marks);
    expect(seen.primary.some((l) => /INSERT INTO ("public"\.)?"AssessmentRound"/.test(l))).toBe(true);
    expect(seen.primary.filter((l) => FIGURES_READ.test(l)).length).toBeGreaterThan(0);
    expect(seen.replica.filter((l) => FIGURES_READ.test(l))).toEqual([]);
    expect(await db.assessmentRound.count({ where: { year: 2027 } })).toBe(1);

    // Another user, who wrote nothing: the replica again.
    cookieJar.clear();
    const later = await logMarks();
    await getDashboard(county, 2025);
    const seenLater = await statementsSince(later);
    expect(seenLater.replica.filter((l) => FIGURES_READ.test(l)).length).toBeGreaterThan(0);
  });
});

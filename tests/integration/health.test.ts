import { describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db";
import { GET as getLiveness } from "@/app/api/health/route";
import { GET as getReadiness } from "@/app/api/health/ready/route";
import { checkReadiness } from "@/lib/health";

/** The newest applied migration, marked rolled back for the duration of `run`, then restored. */
async function withoutNewestMigration<T>(run: () => Promise<T>): Promise<T> {
  const [newest] = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`;
  if (!newest) throw new Error("the integration database has no applied migration");
  await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${newest.id}`;
  try {
    return await run();
  } finally {
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${newest.id}`;
  }
}

describe("GET /api/health (liveness)", () => {
  it("answers ok without asking the database", async () => {
    const response = getLiveness();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/health/ready (readiness)", () => {
  it("is ready when the database answers and every migration in the folder is applied", async () => {
    const response = await getReadiness();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("is not ready while a migration of the folder has no finished row", async () => {
    const response = await withoutNewestMigration(() => getReadiness());
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "not_ready", reason: "migrations_pending" });
    expect((await getReadiness()).status).toBe(200);
  });

  it("is not ready, and says only that, when the database does not answer", async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const client = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", 1);
    try {
      expect(await checkReadiness({ client })).toEqual({ ready: false, reason: "database_unreachable" });
    } finally {
      await client.$disconnect();
    }
  });
});

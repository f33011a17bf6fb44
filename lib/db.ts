import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(url: string, poolMax: number): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  // Requests queue behind the single connection of the embedded database: wait for it.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 20_000 } });
}

// One client per process; kept on globalThis so that `next dev` reloads do not open new pools.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForDb.prisma) {
    const env = getEnv();
    globalForDb.prisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  }
  return globalForDb.prisma;
}

/** The app's database client, created on first use (so that `next build` needs no database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

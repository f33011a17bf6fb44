import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type Db = PrismaClient;

/** A write that lost a race for a unique key (two people entering the same new value at once). */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

type ClientOptions = {
  /** Called with every SQL statement the client sends: for tests and benchmarks that count them. */
  onQuery?: (sql: string) => void;
  transactionTimeoutMs?: number;
};

/** The only place a Prisma client is made (the linter forbids `PrismaClient` elsewhere). */
export function createPrismaClient(url: string, poolMax: number, options: ClientOptions = {}): PrismaClient {
  return createClientWithPool(url, poolMax, options).client;
}

function createClientWithPool(
  url: string,
  poolMax: number,
  { onQuery, transactionTimeoutMs = 20_000 }: ClientOptions = {},
): { client: PrismaClient; pool: pg.Pool } {
  // The pool is made here rather than by the adapter so that the metrics can read its use;
  // `$disconnect` still ends it.
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Requests queue behind the single connection of the embedded database: wait for it.
  const transactionOptions = { maxWait: 15_000, timeout: transactionTimeoutMs };
  if (!onQuery) return { client: new PrismaClient({ adapter, transactionOptions }), pool };
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return { client, pool };
}

/** What a heavy read needs of a client: raw SQL, on the primary or on a replica. */
export type ReadDb = Pick<PrismaClient, "$queryRaw">;

// One client per process; kept on globalThis so that `next dev` reloads do not open new pools,
// and so that scripts/serve.ts (shutdown, metrics) reaches the client Next's bundles opened.
const globalForDb = globalThis as unknown as {
  prisma?: PrismaClient;
  prismaPool?: pg.Pool;
  replicas?: { reader: ReadDb | null; clients: PrismaClient[] };
};

function getClient(): PrismaClient {
  if (!globalForDb.prisma) {
    const env = getEnv();
    const { client, pool } = createClientWithPool(env.DATABASE_URL, env.DATABASE_POOL_MAX);
    globalForDb.prisma = client;
    globalForDb.prismaPool = pool;
  }
  return globalForDb.prisma;
}

export type DatabasePoolStats = { total: number; idle: number; waiting: number };

/** The app client's pool right now, or null before the first query opened it. */
export function getDatabasePoolStats(): DatabasePoolStats | null {
  const pool = globalForDb.prismaPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/** The app's database client, created on first use (so that `next build` needs no database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * A client on one of DATABASE_REPLICA_URLS (Prisma's read-replicas extension picks one per call),
 * or null without replicas. Only for reads that may lag the primary by the replication delay:
 * lib/read-replica.ts decides when that is acceptable.
 */
export function getReplicaDb(): ReadDb | null {
  if (!globalForDb.replicas) {
    const env = getEnv();
    const clients = env.DATABASE_REPLICA_URLS.map((url) => createPrismaClient(url, env.DATABASE_POOL_MAX));
    const reader =
      clients.length > 0
        ? getClient()
            .$extends(readReplicas({ replicas: clients }))
            .$replica()
        : null;
    globalForDb.replicas = { reader, clients };
  }
  return globalForDb.replicas.reader;
}

/** Closes the process's clients if any were opened: a command that never reached the database needs none. */
export async function disconnectDb(): Promise<void> {
  await Promise.all([globalForDb.prisma?.$disconnect(), ...(globalForDb.replicas?.clients ?? []).map((c) => c.$disconnect())]);
}

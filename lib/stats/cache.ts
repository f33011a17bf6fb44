import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { getReadDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";

// Figures computed once per change of the data, not once per read (docs/decisions/0016). Database
// triggers move "StatsGeneration" on in every transaction that could change a figure; an entry of
// "StatsCache" is served only while its generation is the current one. The generation is read
// before computing: a write committed after that read moves the generation on and leaves the new
// entry unused, a write committed before it is seen by every statement of the computation. So an
// entry never holds figures older than its generation, whichever instance computed it. On a
// replica (lib/read-replica.ts) the same holds: it replays the primary's commits in order, so the
// generation read there names exactly the writes its later statements see. Entries are stored on
// the primary, where one computed at an older generation than the primary's is simply never read.
// Each process also holds the entries it read last: an entry at the current generation is the same
// figures whoever computed it, so the statement that reads the generation leaves its payload out
// when this process holds it already (no transfer, no parsing of up to 200 kB of JSON per read).

/** Part of every key: raise it when a cached payload changes shape, so that old entries are never read. */
const FORMAT = 2;

/** Entries held in this process (each up to ~200 kB of figures); the least recently used go first. */
const held = new LRUCache<string, { generation: bigint; payload: unknown }>({ max: 64 });

type Entry<T> = { generation: bigint | null; payload: T | null; current: boolean };

/**
 * The generation the figures are at now, and the entry for `key` if it was computed at it
 * (`current`); its payload is left out (null) when it is at `heldGeneration`.
 */
async function readEntry<T>(key: string, heldGeneration: bigint | null): Promise<Entry<T>> {
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<{ generation: bigint; payload: T | null; current: boolean }[]>`
    SELECT g.generation, CASE WHEN c.generation = ${heldGeneration} THEN NULL ELSE c.payload END AS payload, c.key IS NOT NULL AS current
    FROM "StatsGeneration" g
    LEFT JOIN "StatsCache" c ON c.key = ${key} AND c.generation = g.generation
    WHERE g.id = 1`;
  return { generation: row?.generation ?? null, payload: row?.payload ?? null, current: row?.current ?? false };
}

/** Frozen: the held figures are shared by every reader in the process, which must not change them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function hold<T>(key: string, generation: bigint, payload: T): T {
  held.set(key, { generation, payload: deepFreeze(payload) });
  return payload;
}

/** Stores an entry unless the one there is already current (a slower reader must not replace it). */
async function storeEntry(key: string, generation: bigint, payload: unknown): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "StatsCache" (key, generation, payload, "computedAt")
    VALUES (${key}, ${generation}, ${JSON.stringify(payload)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET generation = EXCLUDED.generation, payload = EXCLUDED.payload, "computedAt" = EXCLUDED."computedAt"
    WHERE "StatsCache".generation IS DISTINCT FROM (SELECT g.generation FROM "StatsGeneration" g WHERE g.id = 1)`;
}

/**
 * The cached value of `key` at the current generation, else `compute()` stored for it: one small
 * query while nothing has changed. The value must survive JSON (numbers, strings, booleans, null,
 * arrays and plain objects).
 */
export async function readThroughStatsCache<T>(parts: (string | number)[], compute: () => Promise<T>): Promise<T> {
  const key = [`v${FORMAT}`, ...parts].join(":");
  const copy = held.get(key);
  const entry = await readEntry<T>(key, copy?.generation ?? null);
  // Without the generation row (a database emptied by hand) nothing is cached: nothing could clear it.
  if (entry.generation === null) return compute();
  if (entry.current && entry.payload === null && copy?.generation === entry.generation) return copy.payload as T;
  if (entry.current && entry.payload !== null) return hold(key, entry.generation, entry.payload);
  const value = await compute();
  await storeEntry(key, entry.generation, value);
  return hold(key, entry.generation, value);
}

/** The current generation, for an ETag; null when the database has no generation row. */
export async function getStatsGeneration(): Promise<bigint | null> {
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<{ generation: bigint }[]>(Prisma.sql`SELECT generation FROM "StatsGeneration" WHERE id = 1`);
  return row?.generation ?? null;
}

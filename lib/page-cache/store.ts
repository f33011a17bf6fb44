import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { getReadDb } from "@/lib/read-replica";

// The page cache's table (docs/decisions/0016). An entry is served only while the figures'
// generation is the one it was rendered at: the same rule as lib/stats/cache.ts, whichever
// instance rendered it.

/** Entries not rendered again for this long are removed (another build's, a past day's). */
const KEEP_DAYS = 2;

let buildId: string | null | undefined;

/** The build's id: cached HTML names the build's script files, so another build never reads it. */
function getBuildId(): string | null {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = null;
    }
  }
  return buildId;
}

/** The key of an entry: the build's id, then what the page depends on; null without a build. */
export function pageCacheKey(parts: string[]): string | null {
  const id = getBuildId();
  return id === null ? null : [id, ...parts].join(":");
}

export type PageEntry = { generation: bigint | null; html: string | null; nonce: string | null };

/**
 * The generation now, and the page stored under `key` if it was rendered at it: one statement.
 * `heldNonce`: the nonce of a copy of the page the caller holds already; when the current page is
 * that copy (a render's nonce is its own) its HTML is not sent again, and `html` is null with the
 * `nonce` given.
 */
export async function readPage(key: string, heldNonce: string | null = null): Promise<PageEntry> {
  const reader = await getReadDb();
  const [row] = await reader.$queryRaw<{ generation: bigint; html: string | null; nonce: string | null }[]>`
    SELECT g.generation, CASE WHEN p.nonce = ${heldNonce} THEN NULL ELSE p.html END AS html, p.nonce FROM "StatsGeneration" g
    LEFT JOIN "PageCache" p ON p.key = ${key} AND p.generation = g.generation
    WHERE g.id = 1`;
  return { generation: row?.generation ?? null, html: row?.html ?? null, nonce: row?.nonce ?? null };
}

/**
 * Stores a page rendered at `generation` (read before rendering), unless a current one is there
 * already, and removes entries long unused.
 */
export async function storePage(key: string, generation: bigint, html: string, nonce: string): Promise<void> {
  await db.$executeRaw`
    WITH pruned AS (DELETE FROM "PageCache" WHERE "computedAt" < now() - make_interval(days => ${KEEP_DAYS}) AND key <> ${key})
    INSERT INTO "PageCache" (key, generation, html, nonce, "computedAt")
    VALUES (${key}, ${generation}, ${html}, ${nonce}, now())
    ON CONFLICT (key) DO UPDATE SET generation = EXCLUDED.generation, html = EXCLUDED.html, nonce = EXCLUDED.nonce, "computedAt" = EXCLUDED."computedAt"
    WHERE "PageCache".generation IS DISTINCT FROM (SELECT g.generation FROM "StatsGeneration" g WHERE g.id = 1)`;
}

import { randomBytes } from "node:crypto";
import pg from "pg";
import { dropDatabase } from "./drop-database";
import { startEmbeddedDatabase } from "./embedded";

// Where the scripts and tests find their database: the PostgreSQL server named by DATABASE_URL,
// or, without it, the embedded PGlite (docs/decisions/0003-embedded-postgresql.md).

export const EMBEDDED_DATA_DIR = ".data/pglite";

export type OpenDatabase = {
  url: string;
  /** Connections the app may open: the embedded server accepts exactly one. */
  poolMax: number;
  embedded: boolean;
  close: () => Promise<void>;
};

function readPoolMax(): number {
  const value = Number(process.env.DATABASE_POOL_MAX ?? 10);
  if (!Number.isInteger(value) || value < 1) throw new Error("DATABASE_POOL_MAX must be a positive integer");
  return value;
}

async function withClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

// A new database beside the configured one, so that a run never sees another run's data. Named
// by the caller, or after the configured one with a random suffix.
async function createFreshDatabase(serverUrl: string, chosenName?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(serverUrl);
  const base = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  const name = chosenName ?? `${base}_${randomBytes(4).toString("hex")}`.slice(0, 63);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  url.pathname = `/${encodeURIComponent(name)}`;
  return {
    url: url.toString(),
    drop: () => withClient(serverUrl, (client) => dropDatabase(client, name)),
  };
}

/**
 * `name` names the fresh database on a PostgreSQL server (the embedded one is always in memory,
 * and has no name to give).
 */
export async function openDatabase(options: { fresh: boolean; name?: string }): Promise<OpenDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const poolMax = readPoolMax();
    if (!options.fresh) return { url: serverUrl, poolMax, embedded: false, close: async () => {} };
    const fresh = await createFreshDatabase(serverUrl, options.name);
    return { url: fresh.url, poolMax, embedded: false, close: fresh.drop };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: options.fresh ? null : EMBEDDED_DATA_DIR });
  return { url: embedded.url, poolMax: 1, embedded: true, close: embedded.stop };
}

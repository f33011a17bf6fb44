import { randomBytes } from "node:crypto";
import pg from "pg";
import { dropDatabase } from "../db/drop-database";
import { openDatabase } from "../db/open-database";

// The benchmark's own database, never the one the app runs on: a new database beside
// DATABASE_URL's (dropped at the end unless kept), or, without DATABASE_URL, an in-memory PGlite.

export type BenchDatabase = {
  url: string;
  poolMax: number;
  embedded: boolean;
  /** What to print: where the data lives. */
  description: string;
  close: () => Promise<void>;
};

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createServerDatabase(serverUrl: string, keep: boolean): Promise<BenchDatabase> {
  const url = new URL(serverUrl);
  const base = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  const name = `${base}_bench_${randomBytes(4).toString("hex")}`.slice(0, 63);
  const version = await withClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0]?.v ?? "?";
  });
  url.pathname = `/${encodeURIComponent(name)}`;
  const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10);
  return {
    url: url.toString(),
    poolMax: Number.isInteger(poolMax) && poolMax > 0 ? poolMax : 10,
    embedded: false,
    description: `PostgreSQL ${version} at ${url.host}, database ${name}${keep ? " (kept: --keep)" : " (dropped at the end)"}`,
    close: keep ? async () => {} : () => withClient(serverUrl, (client) => dropDatabase(client, name)),
  };
}

export async function openBenchDatabase(options: { keep: boolean }): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createServerDatabase(serverUrl, options.keep);
  // Without DATABASE_URL, openDatabase gives a fresh in-memory PGlite served in this process.
  const embedded = await openDatabase({ fresh: true });
  return {
    ...embedded,
    description: `embedded PGlite (in memory, one connection) at ${new URL(embedded.url).host}${options.keep ? "; --keep has no effect on it" : ""}`,
  };
}

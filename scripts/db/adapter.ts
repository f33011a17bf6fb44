import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { dropDatabase } from "./drop-database";
import { startEmbeddedDatabase } from "./embedded";

// The driver adapter the WebAssembly schema engine talks through, with the three bugs of
// @prisma/adapter-pg 7.10 worked around (docs/decisions/0002-migrations-without-the-native-engine.md).

const CHAR_OID = 18;
const TEXT_OID = 25;

type Closer = () => Promise<void>;

export type MigrationAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool and shadow database the engine opened; the adapter leaves external pools open. */
  close: () => Promise<void>;
};

type QueryResultLike = { rows?: unknown[]; fields?: { dataTypeID: number }[] };

// The engine's catalog queries return PostgreSQL's one-byte "char" type (OID 18), which the adapter
// refuses to map ("Unsupported column type char"). Such fields are reported as text to the adapter,
// and their positions remembered by their rows array (which the adapter passes through), so that
// the result can name them Character, which is what the engine reads them as.
const charColumnsByRows = new WeakMap<object, number[]>();

function retypeChar<T>(result: T): T {
  for (const one of (Array.isArray(result) ? result : [result]) as QueryResultLike[]) {
    const fields = one?.fields ?? [];
    const positions = fields.flatMap((field, i) => (field.dataTypeID === CHAR_OID ? [i] : []));
    if (positions.length === 0 || !one.rows) continue;
    for (const i of positions) fields[i]!.dataTypeID = TEXT_OID;
    charColumnsByRows.set(one.rows, positions);
  }
  return result;
}

function patchClient(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, result && retypeChar(result));
      return query(...args);
    }
    const returned = query(...args);
    return returned instanceof Promise ? returned.then(retypeChar) : returned;
  };
  client.query = patched as typeof client.query;
}

function restoreCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function createPool(config: pg.PoolConfig): pg.Pool {
  // One connection: the embedded server accepts exactly one, and the engine needs no more.
  const pool = new pg.Pool({ ...config, max: 1 });
  pool.on("connect", patchClient);
  return pool;
}

function toDriverError(error: unknown): DriverAdapterError {
  const e = error as pg.DatabaseError;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "",
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

async function connectPool(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = restoreCharColumns(await new PrismaPg(pool).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolation) => restoreCharColumns(await startTransaction(isolation));
  // The adapter splits scripts on every ";" (breaking function bodies and strings); PostgreSQL runs
  // a whole script in one simple-protocol query, as the native engine does.
  adapter.executeScript = async (script: string) => {
    await pool.query(script).catch((error: unknown) => {
      throw toDriverError(error);
    });
  };
  return adapter;
}

// The adapter's own shadow connection spreads `database` over a config holding a connection string,
// which wins, so the "shadow" is the main database. The shadow pool gets a URL of its own instead.
function toPoolConfig(url: string, database?: string): pg.PoolConfig {
  if (database === undefined) return { connectionString: url };
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${encodeURIComponent(database)}`;
  return { connectionString: shadowUrl.toString() };
}

export async function isEmbeddedServer(url: string): Promise<boolean> {
  const client = new pg.Client(toPoolConfig(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]?.version.includes("PGlite") ?? false;
  } finally {
    await client.end();
  }
}

// The embedded server serves one database per process, so its shadow is a second in-memory PGlite.
async function connectEmbeddedShadow(closers: Closer[]): Promise<SqlDriverAdapter> {
  const shadow = await startEmbeddedDatabase({ dataDir: null });
  const pool = createPool(toPoolConfig(shadow.url));
  closers.push(shadow.stop, () => pool.end());
  return connectPool(pool);
}

async function connectServerShadow(url: string, closers: Closer[]): Promise<SqlDriverAdapter> {
  const admin = createPool(toPoolConfig(url));
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const pool = createPool(toPoolConfig(url, name));
  // The adapter would drop the shadow database while its own pool still holds a connection.
  closers.push(async () => {
    await pool.end();
    await dropDatabase(admin, name);
    await admin.end();
  });
  return connectPool(pool);
}

export async function createMigrationAdapter(url: string): Promise<MigrationAdapter> {
  const embedded = await isEmbeddedServer(url);
  const closers: Closer[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const pool = createPool(toPoolConfig(url));
      closers.push(() => pool.end());
      return connectPool(pool);
    },
    connectToShadowDb: () => (embedded ? connectEmbeddedShadow(closers) : connectServerShadow(url, closers)),
  };
  const close = async () => {
    // Last opened, first closed: a shadow's pool ends before its database is dropped or stopped.
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  return { factory, close };
}

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createMigrationAdapter } from "./adapter";
import { readMigrationList, writeMigration } from "./migrations-folder";

// The one place that drives Prisma's migration engine. The Prisma CLI needs a native engine that
// cannot be downloaded here, so this runs the WebAssembly build of the same engine through the pg
// driver adapter (docs/decisions/0002-migrations-without-the-native-engine.md).

export type EngineOptions = {
  /** Defaults to prisma/schema.prisma and prisma/migrations under the working directory. */
  schemaPath?: string;
  migrationsDir?: string;
};

export type MigrationStatus = {
  /** Every migration in the folder, oldest first. */
  migrations: string[];
  pending: string[];
  failed: string[];
  /** Applied, but their migration.sql has changed since. */
  edited: string[];
  /** Recorded in the database but missing from the folder. */
  unknown: string[];
  hasMigrationsTable: boolean;
};

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;
let lastPanic: string | undefined;

// The bindings report a Rust panic's message to this global before throwing "unreachable", which
// may surface as an uncaught exception without the message: print it here, where it is known.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    lastPanic = message;
    console.error(`Prisma's schema engine panicked: ${message}`);
  },
};

// The engine's timeouts (e.g. around its advisory lock) are never cleared and would hold the
// process for ten seconds after the work is done: let them not keep it alive.
function withUnrefTimers(): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(wasmBindings as unknown as WebAssembly.ModuleImports) };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...a: unknown[]) => NodeJS.Timeout)(...args);
      timer.unref();
      return timer;
    };
  }
  return imports;
}

// The package's entry imports the .wasm file as an ES module, which Node cannot do without a flag:
// instantiate it here and hand it to the generated bindings instead.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers() });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

function resolvePaths(options: EngineOptions) {
  return {
    schemaPath: path.resolve(options.schemaPath ?? "prisma/schema.prisma"),
    migrationsDir: path.resolve(options.migrationsDir ?? "prisma/migrations"),
  };
}

// The engine rejects with plain objects or JSON strings; turn them into Errors with a message.
function toError(error: unknown): Error {
  if (lastPanic !== undefined) {
    const message = `Prisma's schema engine panicked: ${lastPanic}`;
    lastPanic = undefined;
    return new Error(message, { cause: error });
  }
  if (error instanceof Error) return error;
  const text = typeof error === "string" ? error : JSON.stringify(error);
  return new Error(`Prisma's schema engine failed: ${text}`);
}

async function withEngine<T>(databaseUrl: string, schemaPath: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readFile(schemaPath, "utf8");
  const adapter = await createMigrationAdapter(databaseUrl);
  try {
    const factory = bindMigrationAwareSqlAdapterFactory(adapter.factory);
    const engine = await wasmBindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw toError(error);
  } finally {
    await adapter.close();
  }
}

/** Applies the pending migrations, like `prisma migrate deploy`; returns their names. */
export async function applyMigrations(databaseUrl: string, options: EngineOptions = {}): Promise<string[]> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const migrationsList = await readMigrationList(migrationsDir);
  return withEngine(databaseUrl, schemaPath, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return output.appliedMigrationNames;
  });
}

// Prisma's own naming: a UTC timestamp, then the name in snake case.
function toMigrationName(name: string, now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return slug ? `${stamp}_${slug}` : stamp;
}

/**
 * Like `prisma migrate dev`: applies the pending migrations, then writes the migration from the
 * folder's state to the schema and applies it. Returns the new migration.sql, or null when the
 * schema needs none.
 */
export async function createMigration(databaseUrl: string, name: string, options: EngineOptions = {}): Promise<string | null> {
  // The engine's own createMigration wants a shadow database from a factory the WebAssembly build
  // does not accept for PostgreSQL; a diff from the migrations folder is the same script.
  await applyMigrations(databaseUrl, options);
  const script = await diffMigrationsToSchema(databaseUrl, options);
  if (script === "") return null;
  const { migrationsDir } = resolvePaths(options);
  const file = await writeMigration(migrationsDir, toMigrationName(name, new Date()), `${script}\n`);
  await applyMigrations(databaseUrl, options);
  return file;
}

/** The SQL that would bring the migrations up to the schema; empty when they agree. */
export async function diffMigrationsToSchema(databaseUrl: string, options: EngineOptions = {}): Promise<string> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const migrationsList = await readMigrationList(migrationsDir);
  const schema = await readFile(schemaPath, "utf8");
  const result = await withEngine(databaseUrl, schemaPath, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      // With exitCode, the engine answers 2 for a non-empty diff; an empty one still has a comment.
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "").trim() : "";
}

/** Like `prisma migrate status`. */
export async function getMigrationStatus(databaseUrl: string, options: EngineOptions = {}): Promise<MigrationStatus> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const migrationsList = await readMigrationList(migrationsDir);
  const output = await withEngine(databaseUrl, schemaPath, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
  );
  const history = output.history;
  return {
    migrations: migrationsList.migrationDirectories.map((directory) => directory.path),
    pending: history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [],
    failed: output.failedMigrationNames,
    edited: output.editedMigrationNames,
    unknown: history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [],
    hasMigrationsTable: output.hasMigrationsTable,
  };
}

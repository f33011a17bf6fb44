import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { messages } from "@/lib/i18n";

// pg_dump and pg_restore of PostgreSQL 15, the server version the app runs on. Debian keeps them in
// /usr/lib/postgresql/15/bin (and a version-picking wrapper in /usr/bin); elsewhere take PATH's.

const DEBIAN_BIN = "/usr/lib/postgresql/15/bin";

export function findPgTool(tool: "pg_dump" | "pg_restore"): string {
  const debian = path.join(DEBIAN_BIN, tool);
  return existsSync(debian) ? debian : tool;
}

/**
 * libpq's environment variables for a postgres:// URL. The tools get the connection this way,
 * never on their command line, where any user of the machine could read the password.
 */
export function connectionEnv(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(parsed.hostname.replace(/^\[(.*)\]$/, "$1")) || "localhost",
    PGPORT: parsed.port || "5432",
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
  };
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  // A host given as a query parameter (a Unix socket folder) wins, as it does in libpq.
  const host = parsed.searchParams.get("host");
  if (host) env.PGHOST = host;
  return env;
}

/** Runs a PostgreSQL tool without a shell; throws with its error output (which holds no password). */
export function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], url: string): Promise<void> {
  const env = { ...process.env, ...connectionEnv(url) };
  return new Promise((resolve, reject) => {
    execFile(findPgTool(tool), args, { env, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const detail = stderr.trim() || error.message;
      reject(new Error(messages.cli.backup.toolFailed(tool, detail)));
    });
  });
}

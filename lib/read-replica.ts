import "server-only";
import { db, getReplicaDb, type ReadDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

// The heavy reads (the dashboard, the statistics API, the exports) go to a streaming replica when
// there is one (docs/decisions/0017-read-replicas.md). A replica lags the primary by its
// replication delay, so a user who has just written reads from the primary for a while: they see
// their own change at once. The mark is a cookie, so it holds whichever app instance answers.

const PRIMARY_READS_COOKIE = "ods-primary-reads";

/**
 * The request's cookies, Next's module loaded when first asked for: our server (scripts/serve.ts)
 * loads this module for its hot reads before Next has set up the request storage it needs.
 */
async function cookies() {
  const headers = await import("next/headers");
  return headers.cookies();
}

/** After a user's own write: their heavy reads stay on the primary for the configured time. */
export async function markOwnWrite(): Promise<void> {
  const { DATABASE_REPLICA_URLS, DATABASE_REPLICA_STICKY_SECONDS, NODE_ENV } = getEnv();
  if (DATABASE_REPLICA_URLS.length === 0 || DATABASE_REPLICA_STICKY_SECONDS === 0) return;
  const jar = await cookies();
  jar.set(PRIMARY_READS_COOKIE, "1", {
    maxAge: DATABASE_REPLICA_STICKY_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: NODE_ENV === "production",
    path: "/",
  });
}

/** Whether this request comes from someone who wrote a moment ago; outside a request, nobody did. */
async function wroteJustNow(): Promise<boolean> {
  try {
    return (await cookies()).has(PRIMARY_READS_COOKIE);
  } catch {
    return false;
  }
}

/**
 * Whether a raw Cookie header carries the mark of {@link markOwnWrite}: a read answered before
 * Next (lib/hot-reads), where getReadDb cannot see the request, leaves such a request to Next.
 */
export function hasOwnWriteMark(cookieHeader: string | undefined): boolean {
  return (cookieHeader ?? "").split(";").some((cookie) => cookie.trim().startsWith(`${PRIMARY_READS_COOKIE}=`));
}

/** The client for a heavy read: a replica unless there is none or the reader wrote just now. */
export async function getReadDb(): Promise<ReadDb> {
  const replica = getReplicaDb();
  if (!replica || (await wroteJustNow())) return db;
  return replica;
}

import "server-only";
import { cookies } from "next/headers";
import { db, getReplicaDb, type ReadDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

// The heavy reads (the dashboard, the statistics API, the exports) go to a streaming replica when
// there is one (docs/decisions/0017-read-replicas.md). A replica lags the primary by its
// replication delay, so a user who has just written reads from the primary for a while: they see
// their own change at once. The mark is a cookie, so it holds whichever app instance answers.

const PRIMARY_READS_COOKIE = "ods-primary-reads";

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

/** The client for a heavy read: a replica unless there is none or the reader wrote just now. */
export async function getReadDb(): Promise<ReadDb> {
  const replica = getReplicaDb();
  if (!replica || (await wroteJustNow())) return db;
  return replica;
}

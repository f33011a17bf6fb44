import "server-only";
import { db } from "@/lib/db";

// The demo's accounts (prisma/seed/demo.ts) have published passwords: they may sign in only on a
// database that `npm run db:demo` marked as a demo's, never on one that somehow got such a row.

export { DEMO_DOMAIN, isDemoAccount } from "./demo-accounts";

export async function isDemoDatabase(): Promise<boolean> {
  return (await db.demoMarker.count()) > 0;
}

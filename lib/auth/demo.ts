import "server-only";
import { db } from "@/lib/db";

// The demo's accounts (prisma/seed/demo.ts) have published passwords: they may sign in only on a
// database that `npm run db:demo` marked as a demo's, never on one that somehow got such a row.

export const DEMO_DOMAIN = "@demo.test";

export function isDemoAccount(email: string): boolean {
  return email.toLowerCase().endsWith(DEMO_DOMAIN);
}

export async function isDemoDatabase(): Promise<boolean> {
  return (await db.demoMarker.count()) > 0;
}

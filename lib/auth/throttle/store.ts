import "server-only";
import { db } from "@/lib/db";
import { secondsLeft, THROTTLE_WINDOW_MS, type ThrottleKind } from "./policy";

// The counters of failed sign-ins, in the database so that every server instance shares them.
// Rows of a window that has passed are started again by the next failure.

type Key = { kind: ThrottleKind; key: string };

/** The counters a sign-in of `email` from `address` is subject to. */
export function throttleKeys(email: string, address: string, knownAddress: boolean): Key[] {
  const keys: Key[] = [
    { kind: "pair", key: `pair:${email}|${address}` },
    { kind: "address", key: `address:${address}` },
  ];
  if (!knownAddress) keys.push({ kind: "account", key: `account:${email}` });
  return keys;
}

/** Seconds before this sign-in may be checked: the longest wait of its counters. */
export async function getThrottleWait(keys: Key[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  const kindOf = new Map(keys.map((k) => [k.key, k.kind]));
  return Math.max(0, ...rows.map((row) => secondsLeft(kindOf.get(row.key)!, row, now)));
}

/** Adds a failure to each counter in one statement per key, safe against concurrent attempts. */
export async function recordThrottledFailure(keys: Key[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const { key } of keys) {
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "firstFailureAt", "lastFailureAt")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."firstFailureAt" <= ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "firstFailureAt" = CASE WHEN "SignInThrottle"."firstFailureAt" <= ${windowStart} THEN ${now} ELSE "SignInThrottle"."firstFailureAt" END,
        "lastFailureAt" = ${now}`;
  }
}

/** A successful sign-in clears its own account-and-address counter, never the others. */
export async function clearThrottlePair(email: string, address: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `pair:${email}|${address}` } });
}

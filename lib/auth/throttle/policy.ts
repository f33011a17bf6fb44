// How long a sign-in must wait after failed attempts: pure, so it is unit-tested on its own.
// Delays grow with the failures of each key and never lock anyone out (OWASP: throttle, do not
// lock): the account's owner is slowed only by failures from their own address, or by a flood
// of failures from addresses the account has never signed in from.

/** The three counters a failed sign-in adds to. */
export type ThrottleKind = "pair" | "address" | "account";

type Rule = { free: number; capSeconds: number };

/**
 * - pair: one account from one address — a guesser at one keyboard. Five free, then doubling.
 * - address: every account from one address — a guesser trying many accounts.
 * - account: one account from addresses it has never signed in from — a guesser spread over many
 *   addresses. Its allowance is large, so that one noisy address cannot slow the owner elsewhere.
 */
export const THROTTLE_RULES: Record<ThrottleKind, Rule> = {
  pair: { free: 5, capSeconds: 15 * 60 },
  address: { free: 100, capSeconds: 15 * 60 },
  account: { free: 50, capSeconds: 15 * 60 },
};

/** A counter starts again this long after its first failure. */
export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;

/** Seconds to wait after the last failure, given the failures counted: 1, 2, 4, … up to the cap. */
export function delaySeconds(kind: ThrottleKind, failures: number): number {
  const { free, capSeconds } = THROTTLE_RULES[kind];
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), capSeconds);
}

/** Seconds left before the next attempt may be checked, 0 when it may be checked now. */
export function secondsLeft(
  kind: ThrottleKind,
  counter: { failures: number; firstFailureAt: Date; lastFailureAt: Date },
  now: Date,
): number {
  if (now.getTime() - counter.firstFailureAt.getTime() >= THROTTLE_WINDOW_MS) return 0;
  const until = counter.lastFailureAt.getTime() + delaySeconds(kind, counter.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

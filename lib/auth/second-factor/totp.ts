import { generateSecret, generateURI, verify } from "otplib";

// Time-based one-time passwords (RFC 6238: six digits, 30-second steps, SHA-1, as every
// authenticator app reads them) through otplib. Pure: the clock and the last accepted step are
// passed in, so it is unit-tested on its own.

export const TOTP_STEP_SECONDS = 30;
export const TOTP_ISSUER = "Öppna drogscener";
export const TOTP_CODE_PATTERN = /^\d{6}$/;

export function createTotpSecret(): string {
  return generateSecret();
}

/** What an authenticator app reads from the QR code. */
export function buildTotpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
}

/** The secret in groups of four, for typing it into an app by hand. */
export function formatSecretForReading(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

export function currentTotpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "replayed" };

/**
 * Checks a code against the step now and one step either side (a phone's clock drifts, and a
 * code typed at the end of its step arrives in the next). A code is accepted once: its step must
 * be later than the last accepted one (ASVS 6.5: no replay), so a code seen over a shoulder or
 * in a log is worth nothing.
 */
export async function checkTotpCode(secret: string, code: string, lastStep: number | null, now: Date): Promise<TotpCheck> {
  if (!TOTP_CODE_PATTERN.test(code)) return { ok: false, reason: "invalid" };
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOTP_STEP_SECONDS });
  // verify answers an object, always truthy: only `valid` says whether the code matched.
  if (!result.valid) return { ok: false, reason: "invalid" };
  // delta: the matched step's distance from the step now (-1, 0 or 1).
  const step = currentTotpStep(now) + result.delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}

import { createHash, randomBytes } from "node:crypto";

// The token's format and hash. Pure (no database), so it is unit-tested on its own.
// A token is `ods_` and 32 random bytes in base64url: 256 bits, so a fast, unsalted SHA-256 is
// enough to store it (nothing to brute-force), and the hash can be looked up by equality.

export const TOKEN_PREFIX = "ods_";
const TOKEN_PATTERN = /^ods_[A-Za-z0-9_-]{43}$/;

/** lastUsedAt is written at most once per this interval, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isTokenFormat(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null when the header is another
 * scheme or the value cannot be one of ours (so no database lookup is made for it).
 */
export function readBearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && isTokenFormat(token) ? token : null;
}

/** Whether a use at `now` should be recorded, given the last recorded one. */
export function isLastUsedStale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

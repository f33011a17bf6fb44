import { createHash, randomInt } from "node:crypto";

// One-time recovery codes, for a lost phone. Each is 12 characters from an alphabet without
// look-alikes (0/O, 1/I/L): about 58 bits, too many to guess against a throttled form, so a fast
// unsalted SHA-256 is enough to store them and lets a code be found by its hash. Pure.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 12;

/** A code as shown: three groups of four, e.g. `7KQF-M2XR-9TBH`. */
export function generateRecoveryCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

/** What the person typed, as stored: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isRecoveryCodeFormat(input: string): boolean {
  const code = normalizeRecoveryCode(input);
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export function hashRecoveryCode(input: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(input), "utf8").digest("hex");
}

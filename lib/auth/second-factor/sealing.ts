import { openText, sealText } from "./secret-box";

// The sealed forms of a TOTP secret. Pure (the key is passed in).
//
// An enrolment not yet confirmed keeps its secret in the form, sealed: the browser carries it
// between the page and the confirmation but can neither read it nor choose it, and a token made
// for one person does not open for another. Nothing is stored until the code is confirmed. Pure.

/** An unconfirmed enrolment is abandoned after this long: the page then shows a new secret. */
export const ENROLMENT_TTL_MS = 30 * 60 * 1000;

const purposeFor = (userId: string) => `totp-enrolment:${userId}`;

export function sealEnrolment(key: Buffer, userId: string, secret: string, now: Date): string {
  return sealText(key, JSON.stringify({ secret, issuedAt: now.getTime() }), purposeFor(userId));
}

/** The secret of a pending enrolment of this user, or null (altered, another user's, too old). */
export function openEnrolment(key: Buffer, userId: string, token: string, now: Date): string | null {
  const text = openText(key, token, purposeFor(userId));
  if (!text) return null;
  const { secret, issuedAt } = JSON.parse(text) as { secret?: unknown; issuedAt?: unknown };
  if (typeof secret !== "string" || typeof issuedAt !== "number") return null;
  const age = now.getTime() - issuedAt;
  return age >= 0 && age <= ENROLMENT_TTL_MS ? secret : null;
}

// The stored secret's box is bound to its user: a secret copied to another row does not open.
const storedPurposeFor = (userId: string) => `totp-secret:${userId}`;

/** The TOTP secret as User.totpSecret stores it. */
export function sealTotpSecret(key: Buffer, userId: string, secret: string): string {
  return sealText(key, secret, storedPurposeFor(userId));
}

export function openTotpSecret(key: Buffer, userId: string, box: string): string | null {
  return openText(key, box, storedPurposeFor(userId));
}

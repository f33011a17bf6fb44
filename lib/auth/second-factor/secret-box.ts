import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Encryption of what must be read back but never stored or sent in clear: a user's TOTP secret in
// the database, and the secret of an enrolment not yet confirmed in the page's hidden field.
// AES-256-GCM with a key derived (HKDF-SHA-256) from AUTH_SECRET; the "purpose" is bound as
// additional data, so a box made for one user or one use does not open as another.
// Pure (the key is passed in), so it is unit-tested on its own.

const ALGORITHM = "aes-256-gcm";
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Used only where AUTH_SECRET is unset, which lib/env.ts allows outside production (development,
 * tests, a demo database seeded without one): those databases hold no real secrets, and a fixed
 * key keeps their TOTP secrets readable across restarts. Production refuses to start without
 * AUTH_SECRET, so this key never protects real data.
 */
const DEVELOPMENT_KEY_MATERIAL = "oppna-drogscener development key: not for production";

export function deriveSecretKey(authSecret: string | undefined, production: boolean): Buffer {
  if (!authSecret && production) throw new Error("AUTH_SECRET krävs i produktion");
  const material = authSecret ?? DEVELOPMENT_KEY_MATERIAL;
  return Buffer.from(hkdfSync("sha256", material, "oppna-drogscener", "totp-secret-encryption v1", 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: safe in a database column and in a form field. */
export function sealText(key: Buffer, plaintext: string, purpose: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The text in a box, or null when it was altered, made with another key, or for another purpose. */
export function openText(key: Buffer, box: string, purpose: string): string | null {
  const [version, iv, tag, ciphertext, ...rest] = box.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(purpose, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

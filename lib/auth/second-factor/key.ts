import "server-only";
import { getEnv } from "@/lib/env";
import { deriveSecretKey } from "./secret-box";

let cached: Buffer | undefined;

/** The key that seals TOTP secrets, from this installation's AUTH_SECRET. */
export function getSecondFactorKey(): Buffer {
  const env = getEnv();
  cached ??= deriveSecretKey(env.AUTH_SECRET, env.NODE_ENV === "production");
  return cached;
}

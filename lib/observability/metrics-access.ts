import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether the Authorization header carries the metrics token. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or content of what was sent.
 */
export function hasMetricsToken(authorization: string | null, token: string): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(sent), digest(token)) && sent !== "";
}

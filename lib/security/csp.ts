// The Content-Security-Policy of every page. Scripts run only with the per-request nonce that the
// proxy issues (Next.js puts it on its own inline scripts); nothing may frame the app.

import { getEnv } from "@/lib/env";
import { getTileOrigin } from "@/lib/map/tiles";

export type CspOptions = { nonce: string; development: boolean; imageOrigins?: string[] };

export function buildContentSecurityPolicy({ nonce, development, imageOrigins = [] }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'unsafe-eval' only in development: React's dev tooling needs it, production does not.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Leaflet and Next set style attributes from script; style elements come from our own files.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...imageOrigins],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function generateNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of a response with this nonce, for this installation (its map tiles' origin). */
export function requestContentSecurityPolicy(nonce: string): string {
  const env = getEnv();
  const tileOrigin = getTileOrigin(env);
  return buildContentSecurityPolicy({ nonce, development: env.NODE_ENV === "development", imageOrigins: tileOrigin ? [tileOrigin] : [] });
}

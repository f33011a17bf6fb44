// The headers of every response besides its Content-Security-Policy (set per request, with its
// nonce, by proxy.ts and lib/security/csp.ts). next.config.ts gives them to every response Next
// sends; lib/hot-reads to the few it answers before Next.

export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

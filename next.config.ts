import type { NextConfig } from "next";

const production = process.env.NODE_ENV === "production";

// Headers for every response; the Content-Security-Policy is set per request in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The container image's build (npm run build:standalone, Dockerfile): the server with only the
  // files it needs. Not by default: `next start` warns about it, and the tests need no copy.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Loaded from node_modules rather than bundled into each route's chunks; the one registry all
  // of them and scripts/serve.ts record into lives on globalThis (lib/observability/metrics.ts).
  serverExternalPackages: ["prom-client"],
  experimental: {
    authInterrupts: true,
    // Bulk import files are uploaded through a server action (lib/import/actions.ts).
    serverActions: { bodySizeLimit: "20mb" },
    proxyClientMaxBodySize: "20mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

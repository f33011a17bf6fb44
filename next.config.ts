import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

// Headers for every response; the Content-Security-Policy is set per request in proxy.ts.
const headers = securityHeaders(process.env.NODE_ENV === "production");

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
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests import server code, which marks itself with `server-only`: that package throws outside a
// React Server Components build, so it resolves to its own empty module here.
const resolve = {
  alias: {
    "@/": root,
    "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          environment: "node",
          // A budget, not a timing assertion: the first password check loads zxcvbn's dictionaries,
          // which takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/disconnect.ts"],
          // The files share one database (and the embedded one takes a single connection).
          fileParallelism: false,
          maxWorkers: 1,
          hookTimeout: 60_000,
          testTimeout: 30_000,
          // next-auth imports `next/server` without an extension, which Node's ESM loader refuses:
          // transformed by Vite instead, so that its route handlers run in oidc-flow.test.ts.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});

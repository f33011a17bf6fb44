import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here) against
// the built app, served by our server (scripts/serve.ts, built into .next/serve.mjs) on a fresh database seeded with the demo data.
const port = Number(process.env.E2E_PORT ?? 3100);
/** A second instance of the app, on the same database: started by tests/e2e/two-instances.spec.ts only. */
export const secondAppPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
/** The test OpenID provider (tests/support/oidc-provider.ts), started by tests/e2e/oidc.spec.ts. */
export const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3900);
/** The test SMTP server (tests/support/smtp-server.ts), started by tests/e2e/notifications.spec.ts only. */
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2530);

/**
 * The fresh database the app under test runs on, when DATABASE_URL names a PostgreSQL server:
 * named here rather than by scripts/with-db.ts, so that a spec can start a second app instance on
 * it (tests/e2e/two-instances.spec.ts). Chosen once, by the runner: its workers load this file
 * again and inherit the variable. Without DATABASE_URL the app runs on an embedded database that
 * accepts a single connection, and there is none to share.
 */
function chooseAppDatabase(): URL | null {
  if (!process.env.DATABASE_URL) return null;
  if (!process.env.E2E_DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const base = (decodeURIComponent(url.pathname.slice(1)) || "postgres").toLowerCase().replace(/[^a-z0-9_]/g, "_");
    url.pathname = `/${base.slice(0, 50)}_${randomBytes(4).toString("hex")}`;
    process.env.E2E_DATABASE_URL = url.toString();
  }
  return new URL(process.env.E2E_DATABASE_URL);
}
const appDatabase = chooseAppDatabase();
/** The URL of the database the app under test runs on; null on the embedded database. */
export const appDatabaseUrl = appDatabase?.toString() ?? null;
const freshFlag = appDatabase ? `--fresh=${appDatabase.pathname.slice(1)}` : "--fresh";

/** The app's environment beside its database: for the webServer, and for a second instance beside it. */
export const appEnv: Record<string, string> = {
  AUTH_SECRET: "e2e-secret-that-is-long-enough-for-jwt-encryption",
  AUTH_TRUST_HOST: "true",
  // No tile server here: the maps draw on a plain background, as they must when none answers.
  MAP_TILE_URL: "",
  // One identity provider, as an agency would configure theirs (README: "Single sign-on").
  AUTH_OIDC_PROVIDERS: "testidp",
  AUTH_OIDC_TESTIDP_ISSUER: `http://localhost:${oidcPort}`,
  AUTH_OIDC_TESTIDP_CLIENT_ID: "ods-e2e",
  AUTH_OIDC_TESTIDP_CLIENT_SECRET: "e2e-client-secret-for-the-test-provider",
  AUTH_OIDC_TESTIDP_NAME: "Testleverantören",
  // E-mail through a test SMTP server. Only the notifications spec starts it: in every other
  // spec nothing listens there, each e-mail fails after its change has gone through and waits
  // in the outbox, as it would with the agencies' relay down.
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(smtpPort),
  SMTP_TLS: "off",
  MAIL_FROM: "Öppna drogscener <noreply@demo.test>",
  APP_URL: `http://localhost:${port}`,
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  // A budget for waiting, not a timing assertion: a loaded 2-core CI machine renders slowly.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "sv-SE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `tsx scripts/with-db.ts ${freshFlag} --seed --demo -- node .next/serve.mjs -p ${port}`,
    url: `http://localhost:${port}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: appEnv,
  },
});

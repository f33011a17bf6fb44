import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { db } from "@/lib/db";
import { startSmtpServer, type TestSmtpServer } from "@/tests/support/smtp-server";

// The app configured to send through a real SMTP server on a loopback port, for one test file:
// the variables are set before lib/env.ts first reads them (lazily, at the first e-mail) and put
// back after the file, so that the other files run without e-mail as before.

export const APP_URL = "https://drogscener.test";

const SMTP_ENV = (port: number) => ({
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(port),
  SMTP_TLS: "off",
  MAIL_FROM: "Öppna drogscener <noreply@drogscener.test>",
  APP_URL,
});

export function setupTestSmtp(port: number): { server: () => TestSmtpServer; restart: () => Promise<void>; stop: () => Promise<void> } {
  const saved: Record<string, string | undefined> = {};
  let server: TestSmtpServer | null = null;
  for (const [key, value] of Object.entries(SMTP_ENV(port))) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  const stop = async () => {
    await server?.close();
    server = null;
  };
  const restart = async () => {
    await stop();
    server = await startSmtpServer(port);
  };
  beforeAll(restart);
  beforeEach(async () => {
    if (!server) await restart();
    server!.clear();
  });
  afterAll(async () => {
    await stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  return {
    server: () => {
      if (!server) throw new Error("the test SMTP server is stopped");
      return server;
    },
    restart,
    stop,
  };
}

/** Waits until no e-mail is waiting or held by a sender: every row has its outcome. */
export async function waitForOutbox(): Promise<void> {
  await expect
    .poll(() => db.notification.count({ where: { OR: [{ emailStatus: "PENDING", emailAttempts: 0 }, { emailClaimedAt: { not: null } }] } }))
    .toBe(0);
}

import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, stockholmDay } from "@/lib/tokens/policy";
import { resetDatabase } from "./helpers";
import { createAssessmentIn, createCast } from "./assessment-fixtures";
import { setupTestSmtp } from "./smtp-fixture";

// `npm run notify` as a scheduler runs it: the command itself, in a process of its own, against
// the test database and a real SMTP server. Twice in a row, it sends each reminder once.

const smtp = setupTestSmtp(2533);
const run = promisify(execFile);
const YEAR = new Date().getFullYear();

/** The command as package.json's "notify" runs it after scripts/with-db.ts, with its output and exit code. */
async function notify(args: string[] = [], env: Record<string, string> = {}) {
  // The embedded test database serves one connection at a time: this process lets go of its own.
  await db.$disconnect();
  const bin = path.resolve("node_modules/.bin/tsx");
  const options = {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      DATABASE_POOL_MAX: String(inject("databasePoolMax")),
      NODE_ENV: "test" as const,
      ...env,
    },
    encoding: "utf8" as const,
    timeout: 60_000,
  };
  try {
    const { stdout, stderr } = await run(bin, ["--conditions=react-server", "scripts/notify.ts", ...args], options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeEach(async () => {
  await resetDatabase();
  await db.assessmentRound.deleteMany();
  await createCast();
  await createAssessmentIn("SUBMITTED", "S-0007");
  await db.assessmentRound.create({ data: { year: YEAR, deadline: new Date(`${addDays(stockholmDay(new Date()), 2)}T00:00:00Z`) } });
});

afterAll(() => db.assessmentRound.deleteMany());

describe("npm run notify", { timeout: 120_000 }, () => {
  it("run twice, writes and sends each reminder once, and says what it did", async () => {
    const first = await notify();
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("Påminnelser: 3 nya i dag.");
    expect(first.stdout).toContain(`Kartläggningen ${YEAR}, sista dag`);
    expect(first.stdout).toContain("E-post: 3 skickade, 0 misslyckades");
    const second = await notify();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Påminnelser: inga nya");
    expect(second.stdout).toContain("E-post: 0 skickade");
    expect(smtp.server().inbox).toHaveLength(3);
    expect(await db.notification.count({ where: { kind: "ROUND_REMINDER", emailStatus: "SENT" } })).toBe(3);
  });

  it("without SMTP, writes the reminders for the app, keeps the e-mails waiting and says so", async () => {
    const result = await notify([], { SMTP_HOST: "" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("E-post är inte konfigurerad (SMTP_HOST saknas): 3 e-postmeddelanden väntar");
    expect(smtp.server().inbox).toEqual([]);
    expect(await db.notification.count({ where: { emailStatus: "PENDING" } })).toBe(3);
  });

  it("exits with 1 when an e-mail could not be sent, and 2 on wrong usage", async () => {
    await smtp.stop();
    const down = await notify();
    expect(down.code).toBe(1);
    expect(down.stderr).toContain("Minst ett e-postmeddelande kunde inte skickas");
    expect((await notify(["--now"])).code).toBe(2);
  });
});

import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "./helpers";
import { TEXT, createSceneWithFreeText } from "./retention-fixtures";

// `npm run retention` as an operator or a scheduler runs it: the command in a process of its own,
// against the test database. A dry run by default; --apply clears; a second --apply finds nothing.

const run = promisify(execFile);

async function retention(args: string[] = []) {
  // The embedded test database serves one connection at a time: this process lets go of its own.
  await db.$disconnect();
  const env = {
    ...process.env,
    DATABASE_URL: inject("databaseUrl"),
    DATABASE_POOL_MAX: String(inject("databasePoolMax")),
    NODE_ENV: "test" as const,
    RETENTION_FREE_TEXT_YEARS: "3",
  };
  const options = { env, encoding: "utf8" as const, timeout: 60_000 };
  try {
    const { stdout, stderr } = await run(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/retention.ts", ...args],
      options,
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const textLeft = async () => {
  const [assessment] = await db.assessment.findMany({ select: { answers: true } });
  return JSON.stringify(assessment?.answers).includes(TEXT.site_description);
};

beforeEach(async () => {
  await resetDatabase();
  await createSceneWithFreeText({ status: "CLOSED", lastYear: 2022, closedAt: new Date("2023-01-10T09:00:00Z"), years: [2022] });
});

describe("npm run retention", { timeout: 120_000 }, () => {
  it("shows what it would clear without the text, clears it with --apply, and then finds nothing", async () => {
    const dry = await retention();
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toContain("Provkörning: inget ändras.");
    expect(dry.stdout).toMatch(
      /R-\d+ 2022 \(avslutad 2023-01-10\): 2 fritextsvar, 1 kommentarer till beslut, 3 händelser i granskningsloggen/,
    );
    expect(dry.stdout).toContain("Skulle gallra fritext i 1 bedömning.");
    expect(Object.values(TEXT).some((text) => dry.stdout.includes(text))).toBe(false);
    expect(await textLeft()).toBe(true);

    const applied = await retention(["--apply"]);
    expect(applied).toMatchObject({ code: 0, stderr: "" });
    expect(applied.stdout).toContain("Gallrat fritext i 1 bedömning");
    expect(await textLeft()).toBe(false);
    expect(await db.auditEvent.count({ where: { type: "assessment.free_text_cleared" } })).toBe(1);

    const again = await retention(["--apply"]);
    expect(again.stdout).toContain("Ingen fritext att gallra.");
    expect(await db.auditEvent.count({ where: { type: "assessment.free_text_cleared" } })).toBe(1);
  });

  it("refuses anything but --apply", async () => {
    const wrong = await retention(["--aply"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Användning: npm run retention");
    expect(await textLeft()).toBe(true);
  });
});

import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { errorLines, fileArgument } from "@/scripts/cli";

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs a command as `npm run` does (through tsx, server conditions), without any database configured. */
function runScript(script: string, args: string[]): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: "" };
  return new Promise((resolve) => {
    execFile("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}`, ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe("the command-line pattern", () => {
  it("takes exactly one file argument, never an option", () => {
    expect(fileArgument(["data.json"])).toBe("data.json");
    expect(fileArgument([])).toBeNull();
    expect(fileArgument(["a.json", "b.json"])).toBeNull();
    expect(fileArgument(["--help"])).toBeNull();
  });

  it("names each field as the operator typed it and keeps the form's own error last", () => {
    const lines = errorLines(
      { fieldErrors: { email: ["Ange en e-postadress."], role: ["Välj roll."] }, formError: "Något gick fel." },
      { email: "--email" },
    );
    expect(lines).toEqual(["--email: Ange en e-postadress.", "role: Välj roll.", "Något gick fel."]);
  });
});

// Each command run in a process of its own: what an operator's shell sees, with no database needed
// to be told the usage or that a file cannot be used.
describe("the commands' exit codes", { timeout: 60_000 }, () => {
  it("answers wrong usage with 2 and the command's usage", async () => {
    const runs = await Promise.all([
      runScript("import.ts", []),
      runScript("import.ts", ["a.json", "b.json"]),
      runScript("import-indicators.ts", []),
      runScript("geo-import.ts", []),
      runScript("token.ts", ["create"]),
      runScript("user.ts", ["remove"]),
    ]);
    const usages = [
      messages.import.usage,
      messages.import.usage,
      messages.indicators.csv.usage,
      messages.map.boundaries.usage,
      messages.cli.token.usage,
      messages.cli.user.usage,
    ];
    expect(runs.map((r) => [r.code, r.stderr.trim()])).toEqual(usages.map((usage) => [2, usage]));
  });

  it("refuses a file it cannot read or parse with 1 and says why", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    const notJson = path.join(dir, "inte-json.json");
    await writeFile(notJson, "{ scenes: ");
    const [missing, broken, missingCsv] = await Promise.all([
      runScript("import.ts", [path.join(dir, "saknas.json")]),
      runScript("import.ts", [notJson]),
      runScript("import-indicators.ts", [path.join(dir, "saknas.csv")]),
    ]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toContain(`Kan inte läsa ${path.join(dir, "saknas.json")}`);
    expect(broken).toMatchObject({ code: 1, stdout: "" });
    expect(broken.stderr).toContain("Filen är inte giltig JSON");
    expect(missingCsv).toMatchObject({ code: 1, stdout: "" });
    expect(missingCsv.stderr).toContain(`Kan inte läsa ${path.join(dir, "saknas.csv")}`);
  });
});

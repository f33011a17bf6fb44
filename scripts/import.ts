// `npm run import -- <file.json>`: imports scenes and their yearly assessments (README, "Bulk
// import"). Checks the whole file first and imports nothing when it holds an error; prints every
// error with its path. Exit code 0: imported, 1: errors in the file, 2: wrong usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { describeSummary, runImport } from "@/lib/import/run-import";

const t = messages.import;

async function readJson(file: string): Promise<{ ok: true; json: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, error: t.cannotRead(file, error instanceof Error ? error.message : String(error)) };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: t.notJson(error instanceof Error ? error.message : String(error)) };
  }
}

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => arg !== "--");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    console.error(t.usage);
    return 2;
  }
  const file = files[0]!;
  const read = await readJson(file);
  if (!read.ok) {
    console.error(read.error);
    return 1;
  }
  const fileName = path.basename(file);
  const result = await runImport(read.json, { user: null, channel: "cli", fileName });
  if (!result.ok) {
    console.error(t.errorsTitle(result.issues.length));
    for (const issue of result.issues) console.error(`${issue.path || "(filen)"}: ${issue.message}`);
    return 1;
  }
  console.log(t.done(fileName));
  for (const line of describeSummary(result.summary)) console.log(line);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());

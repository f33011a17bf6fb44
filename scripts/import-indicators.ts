// `npm run import:indicators -- <file.csv>`: imports outcome indicator values per scene and year
// (README, "Outcome indicators (CSV)"). Checks every line first and imports nothing when one is
// wrong; prints every error with its line. Exit code 0: imported, 1: errors in the file, 2: usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { formatIssue } from "@/lib/indicators/import";
import { importIndicators } from "@/lib/indicators/mutations";

const t = messages.indicators.csv;

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => arg !== "--");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    console.error(t.usage);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(messages.import.cannotRead(file, error instanceof Error ? error.message : String(error)));
    return 1;
  }
  const fileName = path.basename(file);
  const result = await importIndicators(text, { actor: null, comment: messages.import.commentCli(fileName) });
  if (!result.ok) {
    console.error(t.errorsTitle(result.issues.length));
    for (const issue of result.issues) console.error(formatIssue(issue));
    return 1;
  }
  console.log(t.done(fileName));
  console.log(t.summary(result.summary));
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());

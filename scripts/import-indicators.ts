// `npm run import:indicators -- <file.csv>`: imports outcome indicator values per scene and year
// (README, "Outcome indicators (CSV)"). Checks every line first and imports nothing when one is
// wrong; prints every error with its line. Exit code 0: imported, 1: errors in the file, 2: usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import path from "node:path";
import { messages } from "@/lib/i18n";
import { formatIssue } from "@/lib/indicators/import";
import { importIndicators } from "@/lib/indicators/mutations";
import { done, refused, runFileCommand } from "./cli";

const t = messages.indicators.csv;

runFileCommand(t.usage, async ({ file, text }) => {
  const fileName = path.basename(file);
  const result = await importIndicators(text, { actor: null, comment: messages.import.commentCli(fileName) });
  if (!result.ok) return refused(result.issues.map(formatIssue), t.errorsTitle(result.issues.length));
  return done(t.done(fileName), t.summary(result.summary));
});

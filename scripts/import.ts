// `npm run import -- <file.json>`: imports scenes and their yearly assessments (README, "Bulk
// import"). Checks the whole file first and imports nothing when it holds an error; prints every
// error with its path. Exit code 0: imported, 1: errors in the file, 2: wrong usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import path from "node:path";
import { messages } from "@/lib/i18n";
import { describeSummary, runImport } from "@/lib/import/run-import";
import { done, refused, runFileCommand } from "./cli";

const t = messages.import;

function parseJson(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: t.notJson(error instanceof Error ? error.message : String(error)) };
  }
}

runFileCommand(t.usage, async ({ file, text }) => {
  const parsed = parseJson(text);
  if (!parsed.ok) return refused([parsed.error]);
  const fileName = path.basename(file);
  const result = await runImport(parsed.json, { user: null, channel: "cli", fileName });
  if (!result.ok) {
    return refused(
      result.issues.map((issue) => `${issue.path || "(filen)"}: ${issue.message}`),
      t.errorsTitle(result.issues.length),
    );
  }
  return done(t.done(fileName), ...describeSummary(result.summary));
});

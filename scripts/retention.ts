// `npm run retention`: the retention of free text (docs/decisions/0017-retention-of-free-text.md).
// Lists, per assessment, the free text that has outlived RETENTION_FREE_TEXT_YEARS since its scene
// was closed, merged or split — counts only, never the text; with --apply it clears it, one audit
// event per assessment. Meant for a scheduler (e.g. monthly); a second run clears nothing.
// Exit code 0: done; 1: the run broke; 2: usage.
import { clearExpiredFreeText, listExpiredFreeText, type FreeTextClearing } from "@/lib/assessments/retention";
import { getRetentionCutoff } from "@/lib/assessments/retention-rules";
import { todayInSweden } from "@/lib/days";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { done, runCommand, wrongUsage } from "./cli";

const t = messages.cli.retention;

const line = (c: FreeTextClearing) =>
  t.item(c.sceneRef, c.year, todayInSweden(c.closedSince), c.questions.length, c.signatureComments, c.auditEvents);

runCommand(async (args) => {
  const apply = args.length === 1 && args[0] === "--apply";
  if (args.length > 0 && !apply) return wrongUsage(t.usage);
  const now = new Date();
  const years = getEnv().RETENTION_FREE_TEXT_YEARS;
  const header = [...(apply ? [] : [t.dryRun]), t.rule(years, todayInSweden(getRetentionCutoff(now, years)))];
  const clearings = apply ? await clearExpiredFreeText(now, years) : await listExpiredFreeText(now, years);
  if (!clearings.length) return done(...header, t.nothing);
  return done(...header, ...clearings.map(line), apply ? t.cleared(clearings.length) : t.wouldClear(clearings.length));
});

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { ensureQuestionnaire } from "@/lib/assessments/questionnaire/queries";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { messages } from "@/lib/i18n";
import { todayInSweden } from "@/lib/scenes/attribution";
import { parseImportFile, type ImportIssue } from "./format";
import { listExistingScenes, loadImportReference } from "./queries";
import { validateImport } from "./validate";
import { importScene, type Outcome, type WriteContext } from "./write";

// A bulk import: the whole file is checked first, and written only when it holds no error at all,
// in one transaction with the audit events of what it created or changed.

const t = messages.import;

/** Who imports, and how: a signed-in admin on the web, or an operator on the command line (no user). */
export type ImportSource = { user: SessionUser | null; channel: "cli" | "web"; fileName: string };
export type ImportCounts = Record<Outcome, number>;
export type ImportSummary = { scenes: ImportCounts; assessments: ImportCounts };
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; issues: ImportIssue[] };

type Tx = Prisma.TransactionClient;

/** A large file on the embedded database takes a while: far longer than an interactive change. */
const TRANSACTION = { maxWait: 60_000, timeout: 10 * 60_000 };

const counts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Makes sure every year of the file has a questionnaire, oldest first: a copy of the latest
 * earlier version, or the first version for a year before any stored one (e.g. 2017).
 */
async function ensureQuestionnaires(tx: Tx, years: number[]): Promise<void> {
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const earlier = await tx.questionnaireVersion.count({ where: { year: { lte: year } } });
    if (earlier > 0) {
      // The check refused the years whose questionnaire is still a draft.
      if (!(await ensureQuestionnaire(tx, year))) throw new Error(`The questionnaire of ${year} is not published`);
      continue;
    }
    const definition = questionnaireSchema.parse(questionnaireVersion1(year)) as unknown as Prisma.InputJsonObject;
    await tx.questionnaireVersion.create({ data: { year, definition, publishedAt: new Date() } });
  }
}

function writeContext(tx: Tx, source: ImportSource): WriteContext {
  const { user } = source;
  return {
    tx,
    actor: user ? { id: user.id, email: user.email } : null,
    signer: user ? { userId: user.id, userName: user.name, role: user.role } : { userId: "import", userName: t.cliSigner, role: "ADMIN" },
    comment: source.channel === "cli" ? t.commentCli(source.fileName) : t.commentWeb(source.fileName),
    now: new Date(),
  };
}

/** Checks the parsed JSON of an import file and, when it holds no error, imports it. */
export async function runImport(json: unknown, source: ImportSource): Promise<ImportResult> {
  const parsed = parseImportFile(json);
  const refs = parsed.scenes.flatMap((s) => s.fields.ref ?? []);
  return db.$transaction(async (tx): Promise<ImportResult> => {
    const reference = await loadImportReference(tx, refs);
    const { plan, issues } = validateImport(parsed, reference, todayInSweden());
    if (issues.length) return { ok: false, issues };

    await ensureQuestionnaires(
      tx,
      plan.flatMap((s) => s.assessments.map((a) => a.year)),
    );
    const existing = new Map((await listExistingScenes(tx, refs)).map((s) => [s.ref, s]));
    const ctx = writeContext(tx, source);
    const summary: ImportSummary = { scenes: counts(), assessments: counts() };
    for (const scene of plan) {
      const outcome = await importScene(ctx, scene, existing.get(scene.ref));
      summary.scenes[outcome.scene] += 1;
      for (const a of outcome.assessments) summary.assessments[a] += 1;
    }
    return { ok: true, summary };
  }, TRANSACTION);
}

/** The summary as lines of Swedish text, for the command line. */
export function describeSummary(summary: ImportSummary): string[] {
  return [t.summaryLine(t.scenes, summary.scenes), t.summaryLine(t.assessments, summary.assessments)];
}

"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { importFormSchema, type ImportIssue } from "./format";
import { runImport, type ImportSummary } from "./run-import";

const t = messages.import;

/** The form's state: besides the usual, the summary of an import or the list of the file's errors. */
export type ImportFormState = FormState & { summary?: ImportSummary; issues?: ImportIssue[]; fileName?: string };

type Outcome = { ok: true; summary: ImportSummary } | { ok: false; issues: ImportIssue[] };

/** Reads the file as JSON and imports it (one transaction with its audit events), or says why not. */
async function importFile(user: Parameters<typeof runImport>[1]["user"], file: File): Promise<MutationResult<Outcome>> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, fieldErrors: { file: [t.notJson(error instanceof Error ? error.message : String(error))] } };
  }
  const result = await runImport(json, { user, channel: "web", fileName: file.name });
  return { ok: true, value: result.ok ? { ok: true, summary: result.summary } : { ok: false, issues: result.issues } };
}

// Through lib/forms/action.ts: only administrators import; every record of the file is checked first.
export const importAction = defineAction<typeof importFormSchema, object, Outcome, ImportFormState>({
  schema: importFormSchema,
  load: async () => ({}),
  authorize: (user) => can(user, "import:run"),
  write: (user, _none, input) => importFile(user, input.file),
  done: (_none, outcome, { file }) =>
    outcome.ok
      ? // Scenes, assessments and every figure may have changed.
        { state: { ok: true, message: t.done(file.name), summary: outcome.summary, fileName: file.name }, revalidate: "everything" }
      : { state: { ok: false, formError: t.errorsTitle(outcome.issues.length), issues: outcome.issues, fileName: file.name } },
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { importFormSchema, type ImportIssue } from "./format";
import { runImport, type ImportSummary } from "./run-import";

const t = messages.import;

/** The form's state: besides the usual, the summary of an import or the list of the file's errors. */
export type ImportFormState = FormState & { summary?: ImportSummary; issues?: ImportIssue[]; fileName?: string };

// Authenticate, parse, authorize, import (one transaction with its audit events), revalidate.
export async function importAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const user = await getCurrentUser();
  if (!can(user, "import:run")) return { ok: false, formError: user ? messages.errors.forbidden : messages.errors.unauthenticated };
  const parsed = importFormSchema.safeParse({ file: formData.get("file") });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const { file } = parsed.data;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, fieldErrors: { file: [t.notJson(error instanceof Error ? error.message : String(error))] }, fileName: file.name };
  }
  const result = await runImport(json, { user, channel: "web", fileName: file.name });
  if (!result.ok) return { ok: false, formError: t.errorsTitle(result.issues.length), issues: result.issues, fileName: file.name };
  // Scenes, assessments and every figure may have changed.
  revalidatePath("/", "layout");
  return { ok: true, message: t.done(file.name), summary: result.summary, fileName: file.name };
}

"use client";

import { useActionState } from "react";
import { FieldError, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ImportFormState } from "@/lib/import/actions";
import { importFile } from "@/lib/i18n/sv/admin";
import { ImportSummaryTable } from "./import-summary";

const t = importFile;

type Props = { action: (previous: ImportFormState, formData: FormData) => Promise<ImportFormState> };

/** Uploads an import file; works as a plain multipart form without JavaScript. */
export function ImportForm({ action }: Props) {
  const [state, formAction] = useActionState(action, { ok: false });
  const fileErrors = state.fieldErrors?.file;
  const hasIssues = !!state.issues?.length;
  const describedBy = ["field-file-hint", fileErrors?.length && "field-file-error", hasIssues && "import-issues"].filter(Boolean).join(" ");
  return (
    <div className="flex max-w-4xl flex-col gap-5">
      {/* A server action posts as multipart/form-data, with or without JavaScript: React sets the
          encoding itself and warns when it is given. */}
      <form action={formAction} className="flex flex-col gap-5" noValidate>
        <FormMessage state={state} />
        <div className="flex flex-col gap-1">
          <label htmlFor="field-file" className="font-medium">
            {t.file}
          </label>
          <p id="field-file-hint" className="text-sm text-slate-600">
            {t.formatHint}
          </p>
          <input
            id="field-file"
            name="file"
            type="file"
            accept="application/json,.json"
            required
            aria-describedby={describedBy}
            aria-invalid={fileErrors?.length || hasIssues ? true : undefined}
            className={inputClass}
          />
          <FieldError id="field-file-error" errors={fileErrors} />
        </div>
        <div>
          <SubmitButton>{t.submit}</SubmitButton>
        </div>
      </form>
      {state.ok && state.summary && (
        <section aria-labelledby="import-summary-title">
          <h2 id="import-summary-title">{t.summaryTitle}</h2>
          <ImportSummaryTable summary={state.summary} />
        </section>
      )}
      {hasIssues && (
        <section aria-labelledby="import-issues-title">
          <h2 id="import-issues-title">
            {t.errorsList} ({state.fileName})
          </h2>
          <ol id="import-issues" className="mt-2 list-decimal space-y-1 pl-6" data-testid="import-issues">
            {state.issues!.map((issue, i) => (
              <li key={i}>
                <code className="rounded bg-slate-100 px-1">{issue.path || "(filen)"}</code>: {issue.message}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

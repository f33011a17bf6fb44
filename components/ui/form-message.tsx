import { useId } from "react";
import { form as formText } from "@/lib/i18n/sv/app";
import type { FormState } from "@/lib/forms/form-state";
import { ScrollRegion } from "./scroll-region";

const t = formText;

/** What is stored now beside what the user sent, for a writer who lost a race. */
function ConflictTable({ conflict }: { conflict: NonNullable<FormState["conflict"]> }) {
  const captionId = useId();
  if (!conflict.length) return null;
  return (
    <ScrollRegion labelledBy={captionId} className="mt-3">
      <table className="w-full border-collapse bg-white text-left text-sm text-slate-900" data-testid="form-conflict">
        <caption id={captionId} className="mb-1 text-left font-medium">
          {t.conflictCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t.conflictField}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t.conflictStored}
            </th>
            <th scope="col" className="border border-slate-300 px-2 py-1">
              {t.conflictYours}
            </th>
          </tr>
        </thead>
        <tbody>
          {conflict.map((field) => (
            <tr key={field.label}>
              <th scope="row" className="border border-slate-300 px-2 py-1 font-medium">
                {field.label}
              </th>
              <td className="border border-slate-300 px-2 py-1 whitespace-pre-wrap">{field.stored}</td>
              <td className="border border-slate-300 px-2 py-1 whitespace-pre-wrap">{field.submitted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The form's overall outcome, announced politely to screen readers when it changes. */
export function FormMessage({ state }: { state: FormState }) {
  const hasFieldErrors = Object.values(state.fieldErrors ?? {}).some((e) => e?.length);
  const error = state.formError ?? (hasFieldErrors ? t.fixErrors : undefined);
  return (
    <div aria-live="polite" aria-atomic="true">
      {error && (
        <div className="rounded border border-red-700 bg-red-50 px-4 py-3 text-red-800" data-testid="form-error">
          <p>{error}</p>
          {state.conflict && <ConflictTable conflict={state.conflict} />}
        </div>
      )}
      {state.ok && state.message && (
        <p className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900" data-testid="form-success">
          {state.message}
        </p>
      )}
    </div>
  );
}

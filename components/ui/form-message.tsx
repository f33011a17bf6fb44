import { messages } from "@/lib/i18n";
import type { FormState } from "@/lib/forms/form-state";

/** The form's overall outcome, announced politely to screen readers when it changes. */
export function FormMessage({ state }: { state: FormState }) {
  const hasFieldErrors = Object.values(state.fieldErrors ?? {}).some((e) => e?.length);
  const error = state.formError ?? (hasFieldErrors ? messages.form.fixErrors : undefined);
  return (
    <div aria-live="polite" aria-atomic="true">
      {error && (
        <p className="rounded border border-red-700 bg-red-50 px-4 py-3 text-red-800" data-testid="form-error">
          {error}
        </p>
      )}
      {state.ok && state.message && (
        <p className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900" data-testid="form-success">
          {state.message}
        </p>
      )}
    </div>
  );
}

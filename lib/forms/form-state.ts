// The one result type of every form action: on failure it carries every field's errors and the
// submitted values (never secrets), so the form shows the messages and keeps what was typed.

export type FieldErrors = Record<string, string[] | undefined>;

export type FormValues = Record<string, string | string[]>;

export type FormState = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  /**
   * Someone else saved the record after the user opened it: what is stored now, as the form's
   * fields, for the fields where it differs from what the user sent (their input stays in `values`).
   */
  conflict?: { label: string; stored: string; submitted: string }[];
};

export const initialFormState: FormState = { ok: false };

/**
 * A key for a form that echoes submitted values: React resets a form after its action, and a
 * <select> or checkbox then falls back to the default it was mounted with, not the echoed one.
 * Remounting when the echoed values change makes every field show what the user submitted.
 */
export function formKey(state: FormState): string {
  return JSON.stringify(state.values ?? null);
}

// The one result type of every form action: on failure it carries every field's errors and the
// submitted values (never secrets), so the form shows the messages and keeps what was typed.

export type FieldErrors = Record<string, string[] | undefined>;

export type FormState = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
};

export const initialFormState: FormState = { ok: false };

/** The submitted values as strings (repeated fields as arrays), minus the named secret fields. */
export function echoValues(formData: FormData, omit: string[] = []): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || omit.includes(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * A key for a form that echoes submitted values: React resets a form after its action, and a
 * <select> or checkbox then falls back to the default it was mounted with, not the echoed one.
 * Remounting when the echoed values change makes every field show what the user submitted.
 */
export function formKey(state: FormState): string {
  return JSON.stringify(state.values ?? null);
}

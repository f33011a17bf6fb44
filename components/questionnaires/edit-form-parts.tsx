"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// What every small form of the questionnaire editor shares: the action state, the version it
// was read at, and the ids that keep one form's fields apart from the next one's on the page.

export type EditAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The year and the version the admin saw: every edit is conditional on them. */
export type VersionRef = { year: number; version: number };

export function VersionFields({ year, version }: VersionRef) {
  return (
    <>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** The form's state, its errors, and a field's value: what was sent after a failure, else `stored`. */
export function useEditForm(action: EditAction) {
  const [state, formAction] = useActionState(action, initialFormState);
  const sent = state.ok ? {} : (state.values ?? {});
  const value = (name: string, stored: string) => {
    const v = sent[name];
    return typeof v === "string" ? v : stored;
  };
  return { state, formAction, errors: state.fieldErrors ?? {}, value };
}

/** `aria-describedby` and `aria-invalid` for a field with these errors (and an optional hint). */
export function describedBy(id: string, errors: string[] | undefined, hint?: boolean) {
  const ids = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": errors?.length ? true : undefined };
}

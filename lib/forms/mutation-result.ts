import { messages } from "@/lib/i18n";
import type { FieldErrors } from "./form-state";

/** What a mutation answers: its value, or the expected failures an action turns into FormState. */
export type MutationResult<T = undefined> =
  { ok: true; value: T } | { ok: false; fieldErrors?: FieldErrors; formError?: string; conflict?: boolean };

export type MutationFailure = Exclude<MutationResult<never>, { ok: true }>;

/** The row is gone from the user's scope, or the user may no longer write it. */
export const forbidden = (): MutationFailure => ({ ok: false, formError: messages.errors.forbidden });

/** The row changed since the user read it: nothing of theirs is written. */
export const conflict = (): MutationFailure => ({ ok: false, conflict: true, formError: messages.form.conflict });

import type { FieldErrors } from "./form-state";

/** What a mutation answers: its value, or the expected failures an action turns into FormState. */
export type MutationResult<T = undefined> =
  { ok: true; value: T } | { ok: false; fieldErrors?: FieldErrors; formError?: string; conflict?: boolean };

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/forms/zod";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { messages } from "@/lib/i18n";
import { markOwnWrite } from "@/lib/read-replica";
import type { FieldErrors, FormState } from "./form-state";
import type { MutationResult } from "./mutation-result";
import { withNotice, type Notice } from "./notices";
import { echoValues, readForm, type ListFields } from "./read-form";

// The one way to write a server action (docs/decisions/0008-the-action-pipeline.md), in a fixed
// order: authenticate → parse the form once → load the target by the parsed input, within the
// user's scope → authorize on that loaded record → write it (the mutation takes the record, not
// an id from the form, and checks scope and version again in its transaction) → revalidate and
// redirect with a typed notice, or answer the form.

/** What an action does after a successful write; `"everything"`: every page (an import). */
type Revalidate = { revalidate?: string[] | "everything" };
export type Done<State extends FormState = FormState> = ({ redirect: string } | { state: State }) & Revalidate;

export type ActionSpec<Schema extends z.ZodType, Target, Value, State extends FormState = FormState> = {
  /** The form's schema, the same the form imports. */
  schema: Schema;
  /** Fields that may repeat (checkbox groups); every other field must arrive once. */
  lists?: ListFields;
  /** Fields never sent back to the form (passwords). */
  secrets?: readonly string[];
  /** The record the action writes, by the parsed input and within the user's scope; null: refused. */
  load: (user: SessionUser, input: z.output<Schema>) => Promise<Target | null>;
  /** The policy's answer for this user and this loaded record. */
  authorize: (user: SessionUser, target: Target, input: z.output<Schema>) => boolean;
  write: (user: SessionUser, target: Target, input: z.output<Schema>) => Promise<MutationResult<Value>>;
  done: (target: Target, value: Value, input: z.output<Schema>) => Done<NoInfer<State>>;
  /** On a conflict: what is stored now, field by field where it differs from what the user sent. */
  conflict?: (user: SessionUser, target: Target, input: z.output<Schema>) => Promise<FormState["conflict"]>;
};

export type FormAction<State extends FormState = FormState> = (previous: State, formData: FormData) => Promise<State>;

/** A failed write as the form shows it: the errors, and what the user sent, kept. */
type Failure = Pick<FormState, "formError" | "fieldErrors" | "conflict">;

function failure<State extends FormState>(formData: FormData, secrets: readonly string[] | undefined, errors: Failure): State {
  const { formError, fieldErrors, conflict } = errors;
  return { ok: false, formError, fieldErrors, conflict, values: echoValues(formData, secrets) } as State;
}

function invalid(error: z.ZodError): { fieldErrors: FieldErrors; formError?: string } {
  const { formErrors, fieldErrors } = z.flattenError(error);
  return { fieldErrors, formError: formErrors[0] };
}

function finish<State extends FormState>(done: Done<State>): State {
  if (done.revalidate === "everything") revalidatePath("/", "layout");
  else for (const path of done.revalidate ?? []) revalidatePath(path);
  if ("redirect" in done) redirect(done.redirect);
  return done.state;
}

/** Parses a form once: the single-valued fields checked for repeats, then the schema. */
export function parseForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  lists?: ListFields,
): { ok: true; data: z.output<Schema> } | { ok: false; fieldErrors: FieldErrors; formError?: string } {
  const read = readForm(formData, lists);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.fields);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, ...invalid(parsed.error) };
}

/**
 * The database restarting or out of reach: the form answers with a Swedish "try again" and keeps
 * what the user typed. Nothing was written: each write is one transaction. Anything else (a
 * redirect among them) goes on as thrown.
 */
export function answerWhenDatabaseUnavailable<State extends FormState>(
  action: FormAction<State>,
  secrets?: readonly string[],
): FormAction<State> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return failure<State>(formData, secrets, { formError: messages.errors.databaseUnavailable });
    }
  };
}

export function defineAction<Schema extends z.ZodType, Target, Value, State extends FormState = FormState>(
  spec: ActionSpec<Schema, Target, Value, State>,
): FormAction<State> {
  return answerWhenDatabaseUnavailable(async (_previous, formData) => {
    const fail = (errors: Failure) => failure<State>(formData, spec.secrets, errors);
    const user = await getCurrentUser();
    if (!user) return fail({ formError: messages.errors.unauthenticated });
    const parsed = parseForm(formData, spec.schema, spec.lists);
    if (!parsed.ok) return fail(parsed);
    // Out of scope is refused exactly like not allowed: the answer does not tell that it exists.
    const target = await spec.load(user, parsed.data);
    if (!target || !spec.authorize(user, target, parsed.data)) return fail({ formError: messages.errors.forbidden });
    const result = await spec.write(user, target, parsed.data);
    if (result.ok) {
      await markOwnWrite();
      return finish(spec.done(target, result.value, parsed.data));
    }
    const stored = result.conflict && spec.conflict ? await spec.conflict(user, target, parsed.data) : undefined;
    return fail({ formError: result.formError, fieldErrors: result.fieldErrors, conflict: stored });
  }, spec.secrets);
}

/** For a form posted without the action state (a plain button): a refusal lands on `fallback` with a notice. */
export function definePlainAction<Schema extends z.ZodType, Target, Value>(
  spec: ActionSpec<Schema, Target, Value>,
  fallback: { path: string; notice: Notice },
): (formData: FormData) => Promise<void> {
  const action = defineAction(spec);
  return async (formData) => {
    await action({ ok: false }, formData);
    redirect(withNotice(fallback.path, fallback.notice));
  };
}

/** Sign-in: nobody to authenticate yet, so parse once and hand the input to `run`. */
export function definePublicAction<Schema extends z.ZodType>(spec: {
  schema: Schema;
  secrets?: readonly string[];
  run: (input: z.output<Schema>) => Promise<MutationResult<Done>>;
}): FormAction {
  return answerWhenDatabaseUnavailable(async (_previous, formData) => {
    const parsed = parseForm(formData, spec.schema);
    if (!parsed.ok) return failure<FormState>(formData, spec.secrets, parsed);
    const result = await spec.run(parsed.data);
    if (result.ok) return finish(result.value);
    return failure<FormState>(formData, spec.secrets, { formError: result.formError, fieldErrors: result.fieldErrors });
  }, spec.secrets);
}

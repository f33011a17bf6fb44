import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "@/lib/forms/zod";
import { getSessionContext, type SessionContext } from "@/lib/auth/session";
import type { SessionGate } from "@/lib/auth/sessions/state";
import { answerWhenDatabaseUnavailable, parseForm, type Done, type FormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { echoValues } from "@/lib/forms/read-form";
import { messages } from "@/lib/i18n";

// An action on one's own session: like lib/forms/action.ts, but it acts on the session itself (it
// needs the session's id) and may serve a session still waiting at a gate — the code at sign-in,
// the enrolment of a second factor, the forced change of a one-time password. There is no record
// to load and nobody else's to authorize: the target is always the person posting.

/** null: a signed-in session, past every gate. */
type Served = SessionGate | null;

export function defineSessionAction<Schema extends z.ZodType, Value, State extends FormState = FormState>(spec: {
  schema: Schema;
  secrets?: readonly string[];
  /** The sessions this action serves (default: signed-in ones only); every other is refused. */
  gates?: readonly Served[];
  write: (context: SessionContext, input: z.output<Schema>) => Promise<MutationResult<Value>>;
  done: (context: SessionContext, value: Value, input: z.output<Schema>) => Done<NoInfer<State>>;
  /** What a refused write adds to the form's state (the enrolment keeps its pending secret). */
  failed?: (context: SessionContext, input: z.output<Schema>) => Promise<Partial<NoInfer<State>>>;
}): FormAction<State> {
  const gates = spec.gates ?? [null];
  return answerWhenDatabaseUnavailable(async (_previous, formData) => {
    const fail = (errors: Pick<FormState, "formError" | "fieldErrors">, extra?: Partial<State>): State =>
      ({ ok: false, ...errors, ...extra, values: echoValues(formData, spec.secrets) }) as State;
    const context = await getSessionContext();
    if (!context) return fail({ formError: messages.errors.unauthenticated });
    if (!gates.includes(context.gate)) {
      // Half-way through signing in, an action of the signed-in is not open yet; a gate's own
      // action is not for anyone elsewhere.
      const notYet = context.gate !== null && gates.includes(null);
      return fail({ formError: notYet ? messages.errors.unauthenticated : messages.errors.forbidden });
    }
    const parsed = parseForm(formData, spec.schema);
    if (!parsed.ok) return fail(parsed);
    const result = await spec.write(context, parsed.data);
    if (!result.ok) return fail(result, await spec.failed?.(context, parsed.data));
    const done = spec.done(context, result.value, parsed.data);
    if (done.revalidate === "everything") revalidatePath("/", "layout");
    else for (const path of done.revalidate ?? []) revalidatePath(path);
    if ("redirect" in done) redirect(done.redirect);
    return done.state;
  }, spec.secrets);
}

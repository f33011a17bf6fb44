import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "@/lib/forms/zod";
import { getSessionContext, type SessionContext } from "@/lib/auth/session";
import type { SessionGate } from "@/lib/auth/sessions/state";
import { parseForm, type Done, type FormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { echoValues } from "@/lib/forms/read-form";
import { messages } from "@/lib/i18n";

// An action on one's own account: like lib/forms/action.ts, but it acts on the session itself (it
// needs the session's id to spare it) and may serve a session still waiting at a gate: the forced
// change of a one-time password is made before anything else opens. There is no record to load
// and nobody else's to authorize: the target is always the signed-in person.

export function defineSessionAction<Schema extends z.ZodType, Value>(spec: {
  schema: Schema;
  secrets?: readonly string[];
  /** The gate this action also serves; every other gate refuses it. */
  gate?: SessionGate;
  write: (context: SessionContext, input: z.output<Schema>) => Promise<MutationResult<Value>>;
  done: (context: SessionContext, value: Value) => Done;
}): FormAction {
  return async (_previous, formData) => {
    const fail = (errors: Pick<FormState, "formError" | "fieldErrors">): FormState => ({
      ok: false,
      ...errors,
      values: echoValues(formData, spec.secrets),
    });
    const context = await getSessionContext();
    if (!context || (context.gate && context.gate !== spec.gate)) return fail({ formError: messages.errors.unauthenticated });
    const parsed = parseForm(formData, spec.schema);
    if (!parsed.ok) return fail(parsed);
    const result = await spec.write(context, parsed.data);
    if (!result.ok) return fail(result);
    const done = spec.done(context, result.value);
    if (done.revalidate === "everything") revalidatePath("/", "layout");
    else for (const path of done.revalidate ?? []) revalidatePath(path);
    if ("redirect" in done) redirect(done.redirect);
    return done.state;
  };
}

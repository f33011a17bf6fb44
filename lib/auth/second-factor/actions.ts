"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getSessionContext, type SessionContext } from "@/lib/auth/session";
import type { SessionGate } from "@/lib/auth/sessions/state";
import { defineAction, parseForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { echoValues } from "@/lib/forms/read-form";
import { readClientAddress } from "@/lib/http/client-address";
import { messages } from "@/lib/i18n";
import type { z } from "@/lib/forms/zod";
import { getUser } from "@/lib/users/queries";
import { enableSecondFactor, redeemRecoveryCode, resetSecondFactor, verifySecondFactor } from "./mutations";
import { reopenEnrolment, type PendingEnrolment } from "./queries";
import { enrolSchema, recoveryCodeSchema, resetSecondFactorSchema, verifyCodeSchema } from "./schemas";
import { safeCallbackUrl } from "@/lib/http/request-path";

// The code page and the enrolment act for a session still at its gate, which lib/forms/action.ts
// (for signed-in users only) refuses: they take the session itself, at the gates they serve, and
// parse the form once like every other action. The admin's reset goes through the one wrapper.

/** The enrolment form also carries the pending enrolment (after a wrong code) or, once, the recovery codes. */
export type EnrolFormState = FormState & { pending?: PendingEnrolment; recoveryCodes?: string[] };

async function atGate<Schema extends z.ZodType, State extends FormState>(
  formData: FormData,
  spec: { schema: Schema; gates: (SessionGate | null)[]; run: (context: SessionContext, input: z.output<Schema>) => Promise<State> },
): Promise<State> {
  const fail = (state: Pick<FormState, "formError" | "fieldErrors">) =>
    ({ ok: false, ...state, values: echoValues(formData, ["code", "recoveryCode"]) }) as State;
  const context = await getSessionContext();
  if (!context) return fail({ formError: messages.errors.unauthenticated });
  if (!spec.gates.includes(context.gate)) return fail({ formError: messages.errors.forbidden });
  const parsed = parseForm(formData, spec.schema);
  if (!parsed.ok) return fail(parsed);
  return spec.run(context, parsed.data);
}

const clientAddress = async () => readClientAddress(await headers());

export async function verifySecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return atGate(formData, {
    schema: verifyCodeSchema,
    gates: ["second-factor"],
    run: async (context, input) => {
      const result = await verifySecondFactor(context, input.code, await clientAddress());
      if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors };
      redirect(safeCallbackUrl(input.callbackUrl));
    },
  });
}

export async function redeemRecoveryCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return atGate(formData, {
    schema: recoveryCodeSchema,
    gates: ["second-factor"],
    run: async (context, input) => {
      const result = await redeemRecoveryCode(context, input.recoveryCode, await clientAddress());
      if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors };
      redirect(safeCallbackUrl(input.callbackUrl));
    },
  });
}

/** Enrolment: at the gate that asks for it, or by choice from a signed-in session. */
export async function enableSecondFactorAction(_previous: EnrolFormState, formData: FormData): Promise<EnrolFormState> {
  return atGate<typeof enrolSchema, EnrolFormState>(formData, {
    schema: enrolSchema,
    gates: ["enrol-second-factor", null],
    run: async (context, input) => {
      const result = await enableSecondFactor(context, input);
      if (result.ok) return { ok: true, message: messages.secondFactor.enabled, recoveryCodes: result.value.recoveryCodes };
      const pending = (await reopenEnrolment(context.user, input.enrolment)) ?? undefined;
      return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, pending };
    },
  });
}

export const resetSecondFactorAction = defineAction({
  schema: resetSecondFactorSchema,
  load: (_actor, input) => getUser(input.id),
  authorize: (user) => can(user, "user:manage"),
  write: (actor, user) => resetSecondFactor(actor, user),
  done: (user) => ({ state: { ok: true, message: messages.secondFactor.adminResetDone }, revalidate: [`/admin/anvandare/${user.id}`] }),
});

"use server";

import { headers } from "next/headers";
import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { defineSessionAction } from "@/lib/forms/session-action";
import { readClientAddress } from "@/lib/http/client-address";
import { safeCallbackUrl } from "@/lib/http/request-path";
import { messages } from "@/lib/i18n";
import { getUser } from "@/lib/users/queries";
import { enableSecondFactor, redeemRecoveryCode, resetSecondFactor, verifySecondFactor } from "./mutations";
import { reopenEnrolment, type PendingEnrolment } from "./queries";
import { enrolSchema, recoveryCodeSchema, resetSecondFactorSchema, verifyCodeSchema } from "./schemas";

// The code page and the enrolment act for a session still at its gate: they take the session
// itself (lib/forms/session-action.ts). The admin's reset goes through the one wrapper.

/** The enrolment form also carries the pending enrolment (after a wrong code) or, once, the recovery codes. */
export type EnrolFormState = FormState & { pending?: PendingEnrolment; recoveryCodes?: string[] };

const clientAddress = async () => readClientAddress(await headers());

export const verifySecondFactorAction = defineSessionAction({
  schema: verifyCodeSchema,
  secrets: ["code"],
  gates: ["second-factor"],
  write: async (context, input) => verifySecondFactor(context, input.code, await clientAddress()),
  done: (_context, _value, input) => ({ redirect: safeCallbackUrl(input.callbackUrl) }),
});

export const redeemRecoveryCodeAction = defineSessionAction({
  schema: recoveryCodeSchema,
  secrets: ["recoveryCode"],
  gates: ["second-factor"],
  write: async (context, input) => redeemRecoveryCode(context, input.recoveryCode, await clientAddress()),
  done: (_context, _value, input) => ({ redirect: safeCallbackUrl(input.callbackUrl) }),
});

/** Enrolment: at the gate that asks for it, or by choice from a signed-in session. */
export const enableSecondFactorAction = defineSessionAction<typeof enrolSchema, { recoveryCodes: string[] }, EnrolFormState>({
  schema: enrolSchema,
  secrets: ["code"],
  gates: ["enrol-second-factor", null],
  write: (context, input) => enableSecondFactor(context, input),
  done: (_context, value) => ({ state: { ok: true, message: messages.secondFactor.enabled, recoveryCodes: value.recoveryCodes } }),
  failed: async (context, input) => ({ pending: (await reopenEnrolment(context.user, input.enrolment)) ?? undefined }),
});

export const resetSecondFactorAction = defineAction({
  schema: resetSecondFactorSchema,
  load: (_actor, input) => getUser(input.id),
  authorize: (user) => can(user, "user:manage"),
  write: (actor, user) => resetSecondFactor(actor, user),
  done: (user) => ({ state: { ok: true, message: messages.secondFactor.adminResetDone }, revalidate: [`/admin/anvandare/${user.id}`] }),
});

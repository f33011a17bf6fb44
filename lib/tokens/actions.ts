"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { createToken, revokeToken } from "./mutations";
import { createTokenSchema, revokeTokenSchema } from "./schemas";

// Each action: authenticate, parse, authorize, write (with its audit event), revalidate.

/** A create form's state also carries the new token, shown once and never stored in clear. */
export type CreateTokenFormState = FormState & { token?: string };

const TOKENS_PATH = "/admin/tokens";

function refused(formData: FormData, signedIn: boolean): FormState {
  return { ok: false, formError: signedIn ? messages.errors.forbidden : messages.errors.unauthenticated, values: echoValues(formData) };
}

export async function createTokenAction(_previous: CreateTokenFormState, formData: FormData): Promise<CreateTokenFormState> {
  const actor = await getCurrentUser();
  const parsed = createTokenSchema.safeParse({ userId: formData.get("userId") ?? "", name: formData.get("name") ?? "" });
  if (!can(actor, "token:manage")) return refused(formData, !!actor);
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData) };
  }
  const result = await createToken(actor, parsed.data.userId, parsed.data.name);
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  revalidatePath(TOKENS_PATH);
  return { ok: true, message: messages.tokens.created, token: result.value.token };
}

export async function revokeTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const parsed = revokeTokenSchema.safeParse({ id: formData.get("id") ?? "" });
  if (!can(actor, "token:manage")) return refused(formData, !!actor);
  if (!parsed.success) return { ok: false, formError: messages.form.fixErrors };
  const result = await revokeToken(actor, parsed.data.id);
  if (!result.ok) return { ok: false, formError: result.formError };
  revalidatePath(TOKENS_PATH);
  return { ok: true, message: messages.tokens.revoked };
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { createUser, setUserDisabled, updateUser } from "./mutations";
import { createUserSchema, readUserForm, setUserDisabledSchema, updateUserSchema } from "./schemas";

// Each action: authenticate, parse, authorize, write (with its audit event), revalidate.

function refused(formData: FormData, signedIn: boolean): FormState {
  return {
    ok: false,
    formError: signedIn ? messages.errors.forbidden : messages.errors.unauthenticated,
    values: echoValues(formData, ["password"]),
  };
}

function failed(result: Exclude<MutationResult<unknown>, { ok: true }>, formData: FormData): FormState {
  return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData, ["password"]) };
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!can(actor, "user:manage")) return refused(formData, !!actor);
  const parsed = createUserSchema.safeParse(readUserForm(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData, ["password"]) };
  }
  const result = await createUser(actor, parsed.data);
  if (!result.ok) return failed(result, formData);
  revalidatePath("/admin/anvandare");
  const { generatedPassword } = result.value;
  return { ok: true, message: generatedPassword ? messages.admin.createdWithPassword(generatedPassword) : messages.admin.created };
}

export async function updateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!can(actor, "user:manage")) return refused(formData, !!actor);
  const parsed = updateUserSchema.safeParse(readUserForm(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData) };
  }
  const result = await updateUser(actor, parsed.data);
  if (!result.ok) return failed(result, formData);
  revalidatePath("/admin/anvandare");
  return { ok: true, message: messages.admin.updated };
}

export async function setUserDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!can(actor, "user:manage")) return refused(formData, !!actor);
  const parsed = setUserDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: messages.form.fixErrors };
  const result = await setUserDisabled(actor, parsed.data);
  if (!result.ok) return failed(result, formData);
  revalidatePath("/admin/anvandare");
  return { ok: true, message: messages.admin.updated };
}

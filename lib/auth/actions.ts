"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { messages } from "@/lib/i18n";
import type { FormState } from "@/lib/forms/form-state";
import { signIn, signOut } from "./auth";
import { signInSchema } from "./schemas";

/** Only a path on this site: an open redirect would let a phishing link borrow our login page. */
function safeCallbackUrl(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/oversikt";
}

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const values = { email: String(formData.get("email") ?? ""), callbackUrl: String(formData.get("callbackUrl") ?? "") };
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next throws: let it through.
    if (!(error instanceof AuthError)) throw error;
    const rateLimited = "code" in error && error.code === "rate_limited";
    return { ok: false, formError: rateLimited ? messages.login.rateLimited : messages.login.invalid, values };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

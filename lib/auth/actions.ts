"use server";

import { AuthError } from "next-auth";
import { definePublicAction } from "@/lib/forms/action";
import { messages } from "@/lib/i18n";
import { signIn, signOut } from "./auth";
import { isOidcProvider } from "./oidc/providers";
import { oidcSignInSchema, signInSchema } from "./schemas";
import { safeCallbackUrl } from "@/lib/http/request-path";

// Nobody is signed in yet: the one wrapper's public form parses once (a repeated field is refused)
// and never echoes the password.
export const loginAction = definePublicAction({
  schema: signInSchema,
  secrets: ["password"],
  run: async (input) => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
      return { ok: true, value: { state: { ok: true } } };
    } catch (error) {
      // A successful sign-in ends in a redirect, which Next throws: let it through.
      if (!(error instanceof AuthError)) throw error;
      const throttled = "code" in error && error.code === "throttled";
      return { ok: false, formError: throttled ? messages.login.rateLimited : messages.login.invalid };
    }
  },
});

// A provider's button: off to the provider (a redirect, which Next throws). Only a configured
// provider may be named, and only when it is one: the id comes from the form.
export const oidcSignInAction = definePublicAction({
  schema: oidcSignInSchema,
  run: async (input) => {
    if (!isOidcProvider(input.provider)) return { ok: false, formError: messages.login.unknownProvider };
    await signIn(input.provider, { redirectTo: safeCallbackUrl(input.callbackUrl) });
    return { ok: true, value: { state: { ok: true } } };
  },
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

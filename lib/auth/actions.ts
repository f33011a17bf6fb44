"use server";

import { AuthError } from "next-auth";
import { definePublicAction } from "@/lib/forms/action";
import { messages } from "@/lib/i18n";
import { signIn, signOut } from "./auth";
import { signInSchema } from "./schemas";

/** Only a path on this site: an open redirect would let a phishing link borrow our login page. */
function safeCallbackUrl(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/oversikt";
}

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
      const rateLimited = "code" in error && error.code === "rate_limited";
      return { ok: false, formError: rateLimited ? messages.login.rateLimited : messages.login.invalid };
    }
  },
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

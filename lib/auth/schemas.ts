import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

const t = messages.login;

export const signInSchema = z.object({
  email: z.string().trim().min(1, t.emailRequired).max(254),
  password: z.string().min(1, t.passwordRequired).max(200),
  callbackUrl: z.string().optional(),
});

/** A provider's button on the login page; the action checks the id against the configuration. */
export const oidcSignInSchema = z.object({
  provider: z.string().trim().min(1).max(32),
  callbackUrl: z.string().optional(),
});

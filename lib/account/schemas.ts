import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// The own-account forms' schemas, shared by the forms and the actions. Client-safe: how strong a
// new password is, is judged on the server (lib/auth/password-strength.ts).

const t = messages.account.password;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, t.currentRequired).max(200),
    newPassword: z.string().min(1, t.newRequired).max(1000),
    repeatPassword: z.string().max(1000),
  })
  .superRefine((input, ctx) => {
    if (input.newPassword && input.newPassword !== input.repeatPassword) {
      ctx.addIssue({ code: "custom", path: ["repeatPassword"], message: t.repeatMismatch });
    }
  });

/** Ending one's other sessions takes no input (any field is refused): whose, is who asks. */
export const endOtherSessionsSchema = z.strictObject({});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

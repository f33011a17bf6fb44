import { z } from "@/lib/forms/zod";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { expiryBounds, isCalendarDay, TOKEN_SCOPES } from "./policy";

// The token forms' schemas, shared by the forms, the actions and the command line. Client-safe.

const t = messages.tokens;

/** The token's last valid day: from tomorrow to a year ahead, as the day is in Stockholm when parsed. */
const expiresOn = z
  .string()
  .trim()
  .refine(isCalendarDay, t.expiresOnInvalid)
  .superRefine((day, ctx) => {
    if (!isCalendarDay(day)) return;
    const { min, max } = expiryBounds(new Date());
    if (day < min) ctx.addIssue({ code: "custom", message: t.expiresOnPast });
    else if (day > max) ctx.addIssue({ code: "custom", message: t.expiresOnTooLate(max) });
  });

/** A token for oneself: the owner is always the signed-in user (or the user the operator names). */
export const createTokenSchema = z.object({
  name: freeText(t.nameRequired).max(100),
  expiresOn,
  scope: z.enum(TOKEN_SCOPES, { error: t.scopeRequired }),
});

export const revokeTokenSchema = z.object({ id: z.string().trim().min(1) });

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
export type RevokeTokenInput = z.infer<typeof revokeTokenSchema>;

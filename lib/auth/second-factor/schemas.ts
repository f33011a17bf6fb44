import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// The second factor's forms, shared by the forms and the actions. Client-safe.

const t = messages.secondFactor;

const totpCode = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, t.codeRequired)
      .regex(/^\d{6}$/, t.codeFormat),
  );

export const verifyCodeSchema = z.object({ code: totpCode, callbackUrl: z.string().optional() });

export const recoveryCodeSchema = z.object({
  recoveryCode: z.string().trim().min(1, t.recoveryCodeRequired).max(40),
  callbackUrl: z.string().optional(),
});

export const enrolSchema = z.object({ enrolment: z.string().min(1).max(500), code: totpCode });

export const resetSecondFactorSchema = z.object({
  id: z.string().trim().min(1),
  confirm: z.literal("yes", { message: t.adminResetConfirmRequired }),
});

export type ResetSecondFactorInput = z.infer<typeof resetSecondFactorSchema>;

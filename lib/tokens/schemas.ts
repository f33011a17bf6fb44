import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// The token forms' schemas, shared by the forms, the actions and the command line. Client-safe.

const t = messages.tokens;

export const createTokenSchema = z.object({
  userId: z.string().trim().min(1, t.userRequired),
  name: z.string().trim().min(1, t.nameRequired).max(100),
});

export const revokeTokenSchema = z.object({ id: z.string().trim().min(1) });

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
export type RevokeTokenInput = z.infer<typeof revokeTokenSchema>;

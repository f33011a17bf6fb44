"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { createToken, revokeToken } from "./mutations";
import { createTokenSchema, revokeTokenSchema } from "./schemas";

// Through lib/forms/action.ts; only administrators manage tokens, and the mutations check it again.

/** A create form's state also carries the new token, shown once and never stored in clear. */
export type CreateTokenFormState = FormState & { token?: string };

const TOKENS_PATH = "/admin/tokens";
const nothingToLoad = async () => ({});
const mayManage = (user: Parameters<typeof can>[0]) => can(user, "token:manage");

export const createTokenAction = defineAction<typeof createTokenSchema, object, { token: string }, CreateTokenFormState>({
  schema: createTokenSchema,
  load: nothingToLoad,
  authorize: mayManage,
  write: (actor, _none, input) => createToken(actor, input.userId, input.name),
  done: (_none, created) => ({ state: { ok: true, message: messages.tokens.created, token: created.token }, revalidate: [TOKENS_PATH] }),
});

export const revokeTokenAction = defineAction({
  schema: revokeTokenSchema,
  load: nothingToLoad,
  authorize: mayManage,
  write: (actor, _none, input) => revokeToken(actor, input.id),
  done: () => ({ state: { ok: true, message: messages.tokens.revoked }, revalidate: [TOKENS_PATH] }),
});

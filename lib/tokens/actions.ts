"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { createToken, mayRevokeToken, revokeToken } from "./mutations";
import { findRevocableToken } from "./queries";
import { createTokenSchema, revokeTokenSchema } from "./schemas";

// Through lib/forms/action.ts. Everyone makes tokens for themselves only and revokes their own;
// admins revoke anyone's. The mutations check it again.

/** A create form's state also carries the new token, shown once and never stored in clear. */
export type CreateTokenFormState = FormState & { token?: string };

const OWN_TOKENS_PATH = "/konto/tokens";
const ALL_TOKENS_PATH = "/admin/tokens";
const nothingToLoad = async () => ({});

export const createTokenAction = defineAction<typeof createTokenSchema, object, { token: string }, CreateTokenFormState>({
  schema: createTokenSchema,
  load: nothingToLoad,
  authorize: (user) => can(user, "token:own"),
  // The owner is the signed-in user, never a field of the form.
  write: (actor, _none, input) => createToken(actor, actor.id, input),
  done: (_none, created) => ({
    state: { ok: true, message: messages.tokens.created, token: created.token },
    revalidate: [OWN_TOKENS_PATH, ALL_TOKENS_PATH],
  }),
});

export const revokeTokenAction = defineAction({
  schema: revokeTokenSchema,
  load: (_user, input) => findRevocableToken(input.id),
  authorize: (user, token) => mayRevokeToken(user, token),
  write: (actor, token) => revokeToken(actor, token.id),
  done: () => ({ state: { ok: true, message: messages.tokens.revoked }, revalidate: [OWN_TOKENS_PATH, ALL_TOKENS_PATH] }),
});

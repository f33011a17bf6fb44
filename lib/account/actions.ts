"use server";

import { messages } from "@/lib/i18n";
import { withNotice } from "@/lib/forms/notices";
import { changePassword, endOtherSessions } from "./mutations";
import { changePasswordSchema, endOtherSessionsSchema } from "./schemas";
import { defineSessionAction } from "@/lib/forms/session-action";

// One's own account (lib/forms/session-action.ts): no record to load, the target is the person.

const ACCOUNT_PATH = "/konto";

/** Serves a normal session and one held at the gate of a one-time password alike. */
export const changePasswordAction = defineSessionAction({
  schema: changePasswordSchema,
  secrets: ["currentPassword", "newPassword", "repeatPassword"],
  gates: [null, "change-password"],
  write: changePassword,
  done: (_context, { forced }) => ({
    redirect: forced ? "/oversikt" : withNotice(ACCOUNT_PATH, "password-changed"),
    revalidate: [ACCOUNT_PATH],
  }),
});

export const endOtherSessionsAction = defineSessionAction({
  schema: endOtherSessionsSchema,
  write: (context) => endOtherSessions(context),
  done: (_context, { count }) => ({
    state: { ok: true, message: messages.account.sessions.endedOthers(count) },
    revalidate: [ACCOUNT_PATH],
  }),
});

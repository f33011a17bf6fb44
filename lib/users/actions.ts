"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { describeUserConflict } from "./conflict";
import { createUser, endUserSessions, resetPassword, setUserDisabled, updateUser } from "./mutations";
import { getUser } from "./queries";
import { createUserSchema, endUserSessionsSchema, resetPasswordSchema, setUserDisabledSchema, updateUserSchema } from "./schemas";

// Through lib/forms/action.ts; only administrators manage users, and the mutations check it again.

/** A form whose success carries a one-time password, shown once where the admin's focus lands. */
export type OneTimePasswordFormState = FormState & { oneTimePassword?: string };

const USERS_PATH = "/admin/anvandare";
const nothingToLoad = async () => ({});
const mayManage = (user: Parameters<typeof can>[0]) => can(user, "user:manage");
const loadUser = (_actor: unknown, input: { id: string }) => getUser(input.id);

export const createUserAction = defineAction<
  typeof createUserSchema,
  object,
  { id: string; generatedPassword?: string },
  OneTimePasswordFormState
>({
  schema: createUserSchema,
  lists: ["policeAreaIds"],
  secrets: ["password"],
  load: nothingToLoad,
  authorize: mayManage,
  write: (actor, _none, input) => createUser(actor, input),
  done: (_none, created) => ({
    state: { ok: true, message: messages.admin.created, oneTimePassword: created.generatedPassword },
    revalidate: [USERS_PATH],
  }),
});

export const updateUserAction = defineAction({
  schema: updateUserSchema,
  lists: ["policeAreaIds"],
  load: loadUser,
  authorize: mayManage,
  write: (actor, user, input) => updateUser(actor, user, input),
  done: () => ({ state: { ok: true, message: messages.admin.updated }, revalidate: [USERS_PATH] }),
  conflict: (_actor, user, input) => describeUserConflict(user, input),
});

export const setUserDisabledAction = defineAction({
  schema: setUserDisabledSchema,
  load: loadUser,
  authorize: mayManage,
  write: (actor, user, input) => setUserDisabled(actor, user, input),
  done: () => ({ state: { ok: true, message: messages.admin.updated }, revalidate: [USERS_PATH] }),
  conflict: (_actor, user, input) => describeUserConflict(user, input),
});

export const resetPasswordAction = defineAction<typeof resetPasswordSchema, { id: string }, { password: string }, OneTimePasswordFormState>(
  {
    schema: resetPasswordSchema,
    load: loadUser,
    authorize: mayManage,
    write: (actor, user) => resetPassword(actor, user),
    done: (user, { password }) => ({
      state: { ok: true, message: messages.account.admin.oneTimePasswordReset, oneTimePassword: password },
      revalidate: [`${USERS_PATH}/${user.id}`],
    }),
  },
);

export const endUserSessionsAction = defineAction({
  schema: endUserSessionsSchema,
  load: loadUser,
  authorize: mayManage,
  write: (actor, user) => endUserSessions(actor, user),
  done: (user, { count }) => ({
    state: { ok: true, message: messages.account.admin.endedSessions(count) },
    revalidate: [`${USERS_PATH}/${user.id}`],
  }),
});

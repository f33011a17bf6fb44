"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { messages } from "@/lib/i18n";
import { describeUserConflict } from "./conflict";
import { createUser, setUserDisabled, updateUser } from "./mutations";
import { getUser } from "./queries";
import { createUserSchema, setUserDisabledSchema, updateUserSchema } from "./schemas";

// Through lib/forms/action.ts; only administrators manage users, and the mutations check it again.

const USERS_PATH = "/admin/anvandare";
const nothingToLoad = async () => ({});
const mayManage = (user: Parameters<typeof can>[0]) => can(user, "user:manage");
const loadUser = (_actor: unknown, input: { id: string }) => getUser(input.id);

export const createUserAction = defineAction({
  schema: createUserSchema,
  lists: ["policeAreaIds"],
  secrets: ["password"],
  load: nothingToLoad,
  authorize: mayManage,
  write: (actor, _none, input) => createUser(actor, input),
  done: (_none, created) => ({
    state: {
      ok: true,
      message: created.generatedPassword ? messages.admin.createdWithPassword(created.generatedPassword) : messages.admin.created,
    },
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

"use server";

import { defineSessionAction } from "@/lib/forms/session-action";
import { messages } from "@/lib/i18n";
import { markAllNotificationsRead, updateEmailPreference } from "./mutations";
import { emailPreferenceSchema, markAllReadSchema } from "./schemas";

// One's own notifications and setting (lib/forms/session-action.ts): no record to load, the
// target is the person posting.

const t = messages.notifications;

/** The bell's count is in the layout of every page: all of them show the new one. */
export const markAllNotificationsReadAction = defineSessionAction({
  schema: markAllReadSchema,
  write: (context) => markAllNotificationsRead(context),
  done: (_context, { count }) => ({ state: { ok: true, message: t.markedAllRead(count) }, revalidate: "everything" }),
});

export const updateEmailPreferenceAction = defineSessionAction({
  schema: emailPreferenceSchema,
  write: (context, input) => updateEmailPreference(context, input.emailNotifications === "on"),
  done: (_context, { on }) => ({ state: { ok: true, message: t.setting.saved(on) }, revalidate: ["/konto", "/notiser"] }),
});

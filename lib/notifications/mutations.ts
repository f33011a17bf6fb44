import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionContext } from "@/lib/auth/session";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { targetPath, toContent } from "./content";

// A person's own notifications and setting. The person is always the WHERE's: an id from a URL or
// a form never reaches someone else's row.

/** Marks one of the person's notifications read and answers the page it is about; null when it is not theirs. */
export async function openNotification(userId: string, id: string): Promise<string | null> {
  const row = await db.notification.findFirst({
    where: { id, userId },
    select: { kind: true, year: true, sceneRef: true, deadline: true, reminder: true, readAt: true },
  });
  if (!row) return null;
  if (!row.readAt) await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return targetPath(toContent(row));
}

export async function markAllNotificationsRead(context: SessionContext): Promise<MutationResult<{ count: number }>> {
  const { count } = await db.notification.updateMany({ where: { userId: context.user.id, readAt: null }, data: { readAt: new Date() } });
  return { ok: true, value: { count } };
}

/** Turns the person's e-mail notifications on or off; a change is on record. */
export async function updateEmailPreference(context: SessionContext, on: boolean): Promise<MutationResult<{ on: boolean }>> {
  const { user } = context;
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, emailNotifications: !on }, data: { emailNotifications: on } });
    if (count === 0) return;
    await recordAuditEvent(tx, user, {
      type: "user.notifications_changed",
      entityType: "user",
      entityId: user.id,
      before: { emailNotifications: !on },
      after: { emailNotifications: on },
    });
  });
  return { ok: true, value: { on } };
}

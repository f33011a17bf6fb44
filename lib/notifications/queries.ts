import "server-only";
import { db } from "@/lib/db";
import { toContent } from "./content";

// A person's own notifications. Every query names the person in its WHERE: nobody reads another's.

/** The bell's number: one COUNT on the (userId, readAt) index. */
export function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export const NOTIFICATIONS_PER_PAGE = 25;

const listSelect = {
  id: true,
  kind: true,
  year: true,
  sceneRef: true,
  deadline: true,
  reminder: true,
  createdAt: true,
  readAt: true,
} as const;

/** One page of the person's notifications, the newest first. */
export async function listNotifications(userId: string, page: number) {
  const [total, rows] = await Promise.all([
    db.notification.count({ where: { userId } }),
    db.notification.findMany({
      where: { userId },
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
    notifications: rows.map((row) => ({ id: row.id, createdAt: row.createdAt, readAt: row.readAt, content: toContent(row) })),
  };
}

export type NotificationListItem = Awaited<ReturnType<typeof listNotifications>>["notifications"][number];

/** Whether the person gets their notifications by e-mail too. */
export async function getEmailPreference(userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailNotifications: true } });
  return user.emailNotifications;
}

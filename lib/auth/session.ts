import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { can, type Action, type AreaResource, type SessionUser } from "./permissions";
import { sessionUserInclude, toSessionUser } from "./session-user";

/**
 * The signed-in user as the database knows them now, or null. The session cookie only names the
 * user; role, scope and status are read fresh on every request, and a session issued before the
 * user's last change (role, scope, disabling) no longer counts.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, include: sessionUserInclude });
  if (!user || user.disabledAt) return null;
  if (session.sessionVersion !== user.sessionVersion) return null;
  return toSessionUser(user);
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user when they may do the action, else the 403 page. */
export async function requirePermission(action: Action, resource?: AreaResource): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) forbidden();
  return user;
}

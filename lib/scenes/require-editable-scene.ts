import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getScene } from "./queries";

/** For the close, merge and split pages: the active scene the user may change, else 404/403. */
export async function requireEditableScene(params: Promise<{ ref: string }>) {
  const user = await requireUser();
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  if (!can(user, "scene:edit", scene) || scene.status !== "ACTIVE") forbidden();
  return { user, scene };
}

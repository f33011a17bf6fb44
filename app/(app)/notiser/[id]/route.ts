import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { z } from "@/lib/forms/zod";
import { openNotification } from "@/lib/notifications/mutations";

// Opening a notification from /notiser: marks it read and goes on to its page. Only the person's
// own (the id is looked up with their id in the WHERE); any other id leads back to the list,
// saying nothing of whether it exists.

const idSchema = z.string().min(1).max(40);

export async function GET(_request: Request, { params }: RouteContext<"/notiser/[id]">) {
  const user = await requireUser();
  const id = idSchema.safeParse((await params).id);
  const target = id.success ? await openNotification(user.id, id.data) : null;
  redirect(target ?? "/notiser");
}

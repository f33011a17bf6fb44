"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { getSceneArea } from "@/lib/scenes/queries";
import { saveIndicator } from "./mutations";
import { saveIndicatorSchema } from "./schemas";

// Authenticate, authorize against the scene's LPO, parse, save with its audit event in one
// transaction, then revalidate and redirect to the scene's indicators.

export async function saveIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const sceneId = formData.get("sceneId");
  // A scene out of the user's scope is refused exactly like one that does not exist.
  const scene = user && typeof sceneId === "string" ? await getSceneArea(user, sceneId) : null;
  if (!user || !scene || !can(user, "indicator:edit", scene)) {
    return { ok: false, formError: user ? messages.errors.forbidden : messages.errors.unauthenticated, values: echoValues(formData) };
  }
  const parsed = saveIndicatorSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData) };

  const result = await saveIndicator(user, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  const base = `/platser/${encodeURIComponent(scene.ref)}`;
  revalidatePath(base);
  revalidatePath(`${base}/indikatorer`);
  redirect(`${base}/indikatorer?meddelande=${result.value.changed ? "sparad" : "oforandrad"}`);
}

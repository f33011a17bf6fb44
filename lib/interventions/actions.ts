"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can, type AreaResource, type SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { getSceneArea } from "@/lib/scenes/queries";
import { createIntervention, evaluateIntervention, updateIntervention } from "./mutations";
import { getInterventionArea } from "./queries";
import { createInterventionSchema, evaluateInterventionSchema, updateInterventionSchema } from "./schemas";

// Each action: authenticate, parse, authorize by role and the scene's area, write (with its audit
// event), then revalidate and redirect to the scene's interventions. Only the analysts of the
// scene's LPO and the representatives of its municipality register and evaluate: the steering
// group and administrators read.

function refused(formData: FormData, signedIn: boolean): FormState {
  return { ok: false, formError: signedIn ? messages.errors.forbidden : messages.errors.unauthenticated, values: echoValues(formData) };
}

function invalid(error: z.ZodError, formData: FormData): FormState {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors, values: echoValues(formData) };
}

function failed(result: Exclude<MutationResult<unknown>, { ok: true }>, formData: FormData): FormState {
  return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
}

function done(sceneRef: string, notice: "registrerad" | "sparad" | "utvarderad"): never {
  const path = `/platser/${encodeURIComponent(sceneRef)}/insatser`;
  revalidatePath(path);
  revalidatePath("/insatser");
  redirect(`${path}?meddelande=${notice}`);
}

/** Out of scope reads as not found, as on the pages; in scope but not theirs is refused alike. */
const mayEdit = <T extends AreaResource>(user: SessionUser, target: T | null): T | null =>
  target && can(user, "intervention:edit", target) ? target : null;

async function findEditableIntervention(user: SessionUser, id: string) {
  return mayEdit(user, await getInterventionArea(user, id));
}

export async function createInterventionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return refused(formData, false);
  const parsed = createInterventionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const scene = mayEdit(user, await getSceneArea(user, parsed.data.sceneId));
  if (!scene) return refused(formData, true);
  const result = await createIntervention(user, { ...parsed.data, sceneId: scene.id });
  if (!result.ok) return failed(result, formData);
  done(scene.ref, "registrerad");
}

export async function updateInterventionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return refused(formData, false);
  const parsed = updateInterventionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const intervention = await findEditableIntervention(user, parsed.data.id);
  if (!intervention) return refused(formData, true);
  const result = await updateIntervention(user, parsed.data);
  if (!result.ok) return failed(result, formData);
  done(intervention.sceneRef, "sparad");
}

export async function evaluateInterventionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return refused(formData, false);
  const parsed = evaluateInterventionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const intervention = await findEditableIntervention(user, parsed.data.id);
  if (!intervention) return refused(formData, true);
  const result = await evaluateIntervention(user, parsed.data);
  if (!result.ok) return failed(result, formData);
  done(intervention.sceneRef, "utvarderad");
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { closeScene, createScene, mergeScene, splitScene, updateScene } from "./mutations";
import { getSceneArea, listActiveScenes } from "./queries";
import { closeSceneSchema, createSceneSchema, mergeSceneSchema, splitSceneSchema, updateSceneSchema } from "./schemas";

// Each action: authenticate, parse, authorize by role and area, write (with its audit event),
// then revalidate and redirect to the scene.

const t = messages.scenes;

function refused(formData: FormData, signedIn: boolean, message?: string): FormState {
  return {
    ok: false,
    formError: message ?? (signedIn ? messages.errors.forbidden : messages.errors.unauthenticated),
    values: echoValues(formData),
  };
}

function invalid(error: z.ZodError, formData: FormData): FormState {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors, values: echoValues(formData) };
}

function failed(result: Exclude<MutationResult<unknown>, { ok: true }>, formData: FormData): FormState {
  return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
}

function done(ref: string, notice: string): never {
  revalidatePath("/platser");
  revalidatePath("/karta");
  redirect(`/platser/${encodeURIComponent(ref)}?meddelande=${notice}`);
}

export async function createSceneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!can(user, "scene:create")) return refused(formData, !!user);
  const parsed = createSceneSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  if (!can(user, "scene:create", parsed.data)) {
    return { ok: false, fieldErrors: { policeAreaId: [t.policeAreaNotYours] }, values: echoValues(formData) };
  }
  const result = await createScene(user, parsed.data);
  if (!result.ok) return failed(result, formData);
  done(result.value.ref, "registrerad");
}

/** The scene the user may change, or null: out of scope reads as not found, as on the pages. */
async function findEditableScene(user: SessionUser | null, id: FormDataEntryValue | null) {
  if (!user || typeof id !== "string") return null;
  const scene = await getSceneArea(user, id);
  return scene && can(user, "scene:edit", scene) ? scene : null;
}

export async function updateSceneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const scene = await findEditableScene(user, formData.get("id"));
  if (!user || !scene) return refused(formData, !!user);
  const parsed = updateSceneSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  // Moving a scene needs the right to edit in its new area too.
  if (!can(user, "scene:edit", parsed.data)) {
    return { ok: false, fieldErrors: { policeAreaId: [t.policeAreaNotYours] }, values: echoValues(formData) };
  }
  const result = await updateScene(user, parsed.data);
  if (!result.ok) return failed(result, formData);
  done(scene.ref, "sparad");
}

export async function closeSceneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const scene = await findEditableScene(user, formData.get("id"));
  if (!user || !scene) return refused(formData, !!user);
  const parsed = closeSceneSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await closeScene(user, parsed.data);
  if (!result.ok) return failed(result, formData);
  done(scene.ref, "stangd");
}

async function allowedTargets(user: SessionUser, sceneId: string): Promise<string[]> {
  return (await listActiveScenes(user, sceneId)).map((s) => s.id);
}

export async function mergeSceneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const scene = await findEditableScene(user, formData.get("id"));
  if (!user || !scene) return refused(formData, !!user);
  const parsed = mergeSceneSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await mergeScene(user, parsed.data, await allowedTargets(user, scene.id));
  if (!result.ok) return failed(result, formData);
  done(scene.ref, "sammanslagen");
}

export async function splitSceneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const scene = await findEditableScene(user, formData.get("id"));
  if (!user || !scene) return refused(formData, !!user);
  const parsed = splitSceneSchema.safeParse({ ...Object.fromEntries(formData), targetIds: formData.getAll("targetIds") });
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await splitScene(user, parsed.data, await allowedTargets(user, scene.id));
  if (!result.ok) return failed(result, formData);
  done(scene.ref, "delad");
}

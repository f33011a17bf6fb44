"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { echoValues, type FieldErrors, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { checkExtent } from "@/lib/scenes/geometry";
import { getSceneArea } from "@/lib/scenes/queries";
import { decideAssessment } from "./decisions";
import { saveAssessment, startAssessment } from "./mutations";
import { getAssessmentArea } from "./queries";
import { buildAnswersSchema, readAnswerFields } from "./questionnaire/answers";
import { getQuestionnaire } from "./questionnaire/queries";
import { assessmentFieldsSchema, decisionSchema, startAssessmentSchema } from "./schemas";
import { canTransition } from "./workflow";

// Each action: authenticate, parse, authorize (the transition, by role and the scene's area),
// write with its signature and audit event in one transaction, then revalidate and redirect.

const t = messages.assessmentForm;

const refused = (formData: FormData, signedIn: boolean): FormState => ({
  ok: false,
  formError: signedIn ? messages.errors.forbidden : messages.errors.unauthenticated,
  values: echoValues(formData),
});

function assessmentPath(sceneRef: string, year: number, notice?: string): string {
  return `/platser/${encodeURIComponent(sceneRef)}/bedomningar/${year}${notice ? `?meddelande=${notice}` : ""}`;
}

function done(sceneRef: string, year: number, notice: string): never {
  revalidatePath("/bedomningar");
  revalidatePath(`/platser/${encodeURIComponent(sceneRef)}`);
  redirect(assessmentPath(sceneRef, year, notice));
}

/** Starts (or opens) the year's assessment of a scene; a plain form post from the scene or work list. */
export async function startAssessmentAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const parsed = startAssessmentSchema.safeParse(Object.fromEntries(formData));
  if (!user || !parsed.success) redirect("/bedomningar");
  const scene = await getSceneArea(user, parsed.data.sceneId);
  // A scene is assessed for the years it is followed: from its first year to its last (or now).
  const followed = scene && parsed.data.year >= scene.firstYear && parsed.data.year <= (scene.lastYear ?? new Date().getFullYear());
  if (!scene || !followed || !can(user, "assessment:edit", scene)) redirect("/bedomningar");
  await startAssessment(user, scene, parsed.data.year);
  done(scene.ref, parsed.data.year, "paborjad");
}

export async function saveAssessmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const target = user ? await getAssessmentArea(user, String(formData.get("id") ?? "")) : null;
  const fields = assessmentFieldsSchema.safeParse(Object.fromEntries(formData));
  const intent = formData.get("intent") === "submit" ? "submit" : "save";
  if (!user || !target || !canTransition(user, intent, target.status, target.scene)) return refused(formData, !!user);
  const questionnaire = await getQuestionnaire(target.year);
  if (!questionnaire) return { ok: false, formError: t.noQuestionnaire, values: echoValues(formData) };

  const answers = buildAnswersSchema(questionnaire, intent === "submit" ? "submit" : "draft").safeParse(
    readAnswerFields(formData, questionnaire),
  );
  const errors: FieldErrors = {};
  if (!answers.success) for (const [code, list] of Object.entries(z.flattenError(answers.error).fieldErrors)) errors[`q.${code}`] = list;
  if (!fields.success) Object.assign(errors, z.flattenError(fields.error).fieldErrors);
  const extentText = fields.success ? fields.data.extent : "";
  const extent = extentText ? checkExtent(extentText, target.scene) : null;
  if (extent && !extent.ok) errors.extent = [extent.error];
  if (!extent && intent === "submit" && answers.success && answers.data.is_open_drug_scene === true) errors.extent = [t.extentRequired];
  if (Object.keys(errors).length || !fields.success || !answers.success)
    return { ok: false, fieldErrors: errors, values: echoValues(formData) };

  const result = await saveAssessment(user, {
    ...fields.data,
    intent,
    answers: answers.data,
    extent: extent?.ok ? extent.value : null,
  });
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  done(target.scene.ref, target.year, intent === "submit" ? "inskickad" : "sparad");
}

export async function decideAssessmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  const target = user ? await getAssessmentArea(user, String(formData.get("id") ?? "")) : null;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  const decision = decisionSchema.shape.decision.safeParse(formData.get("decision")).data;
  if (!user || !target || !decision || !canTransition(user, decision, target.status, target.scene)) return refused(formData, !!user);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: echoValues(formData) };
  const result = await decideAssessment(user, parsed.data);
  if (!result.ok) return { ok: false, formError: result.formError, values: echoValues(formData) };
  done(target.scene.ref, target.year, { cosign: "medsignerad", return: "returnerad", reopen: "oppnad" }[decision]);
}

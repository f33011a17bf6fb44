import type { Polygon } from "geojson";
import { z } from "@/lib/forms/zod";
import type { FieldErrors } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { checkExtent, type LatLng } from "@/lib/scenes/geometry";
import { buildAnswersSchema, pickAnswerFields } from "./questionnaire/answers";
import type { Answers, Questionnaire } from "./questionnaire/definition";
import type { AssessmentFields } from "./schemas";

// The assessment form's answers and extent checked against a year's questionnaire and the scene's
// point: by the save and submit of an assessment, and by the administrator's preview of a
// questionnaire, which must answer exactly as an analyst's form would. Pure.

const t = messages.assessmentForm;

export type CheckedFields =
  { ok: true; answers: Answers; extent: { polygon: Polygon; areaM2: number } | null } | { ok: false; fieldErrors: FieldErrors };

export function checkAssessmentFields(questionnaire: Questionnaire, point: LatLng, fields: AssessmentFields): CheckedFields {
  const { answers: raw, repeated } = pickAnswerFields(fields.answers, questionnaire);
  const answers = buildAnswersSchema(questionnaire, fields.intent === "submit" ? "submit" : "draft").safeParse(raw);
  const errors: FieldErrors = {};
  if (!answers.success) for (const [code, list] of Object.entries(z.flattenError(answers.error).fieldErrors)) errors[`q.${code}`] = list;
  for (const code of repeated) errors[`q.${code}`] = [messages.form.repeatedField];
  const extent = fields.extent ? checkExtent(fields.extent, point) : null;
  if (extent && !extent.ok) errors.extent = [extent.error];
  if (!extent && fields.intent === "submit" && answers.success && answers.data.is_open_drug_scene === true)
    errors.extent = [t.extentRequired];
  if (Object.keys(errors).length || !answers.success) return { ok: false, fieldErrors: errors };
  return { ok: true, answers: answers.data, extent: extent?.ok ? extent.value : null };
}

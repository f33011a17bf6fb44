import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { listFilterOptions } from "@/lib/areas/queries";
import { listDifferences, nameAreas, type ConflictField } from "@/lib/forms/conflict";
import { messages } from "@/lib/i18n";
import { checkExtent, formatArea } from "@/lib/scenes/geometry";
import { describeAnswer } from "./answer-text";
import { getAssessment, getAssessmentArea, type AssessmentArea } from "./queries";
import { buildAnswersSchema, pickAnswerFields } from "./questionnaire/answers";
import { listQuestions } from "./questionnaire/definition";
import { getQuestionnaire } from "./questionnaire/queries";
import type { AssessmentFields } from "./schemas";

const t = messages.assessmentForm;

const decided = { cosign: "COSIGNED", return: "RETURNED", reopen: "DRAFT" } as const;

/** A decision that came too late: the status now beside the one the decision would have given. */
export async function describeDecisionConflict(
  user: SessionUser,
  target: AssessmentArea,
  decision: keyof typeof decided,
): Promise<ConflictField[]> {
  const now = await getAssessmentArea(user, target.id);
  return now ? [{ label: t.status, stored: t.statuses[now.status], submitted: t.statuses[decided[decision]] }] : [];
}

/** The assessment as stored now beside the edit the user sent: every answer and area field that differs. */
export async function describeAssessmentConflict(
  user: SessionUser,
  target: AssessmentArea,
  input: AssessmentFields,
): Promise<ConflictField[]> {
  const [stored, questionnaire, options] = await Promise.all([
    getAssessment(user, target.scene.ref, target.year),
    getQuestionnaire(target.year),
    listFilterOptions(),
  ]);
  if (!stored || !questionnaire) return [];
  const submitted = buildAnswersSchema(questionnaire, "draft").safeParse(pickAnswerFields(input.answers, questionnaire).answers);
  const answers = submitted.success ? submitted.data : {};
  const area = nameAreas(options);
  const extent = input.extent ? checkExtent(input.extent, null) : null;
  const areaText = (m2: number | null | undefined) => (m2 === null || m2 === undefined ? "–" : formatArea(m2));
  const s = messages.scenes;
  return listDifferences([
    ...listQuestions(questionnaire).map((q) => ({
      label: q.label,
      stored: describeAnswer(q, stored.answers[q.code]),
      submitted: describeAnswer(q, answers[q.code]),
    })),
    { label: s.municipality, stored: area.municipality(stored.municipalityCode), submitted: area.municipality(input.municipalityCode) },
    { label: s.policeArea, stored: area.policeArea(stored.policeAreaId), submitted: area.policeArea(input.policeAreaId) },
    { label: s.district, stored: area.district(stored.districtId), submitted: area.district(input.districtId) },
    { label: t.extent, stored: areaText(stored.areaM2), submitted: areaText(extent?.ok ? extent.value.areaM2 : null) },
  ]);
}

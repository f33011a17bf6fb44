"use server";

import { can, type SessionUser } from "@/lib/auth/permissions";
import { defineAction, definePlainAction } from "@/lib/forms/action";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { withNotice, type Notice } from "@/lib/forms/notices";
import { messages } from "@/lib/i18n";
import { getLastAssessableYear } from "@/lib/rounds/queries";
import { getSceneArea } from "@/lib/scenes/queries";
import { describeAssessmentConflict, describeDecisionConflict } from "./conflict";
import { decideAssessment } from "./decisions";
import { saveAssessment, startAssessment } from "./mutations";
import { getAssessmentArea, type AssessmentArea } from "./queries";
import { checkAssessmentFields } from "./check-fields";
import { getQuestionnaire } from "./questionnaire/queries";
import { assessmentFieldsSchema, decisionSchema, isAnswerField, startAssessmentSchema, type AssessmentFields } from "./schemas";
import { isFollowedIn, mayMake } from "./workflow";

// Every assessment action goes through lib/forms/action.ts: the assessment is loaded by the parsed
// id within the user's scope, the transition authorized on it by role and the scene's area, and
// the mutation checks that again on the locked row, then the version the user saw (a stale one is
// a conflict, even when the state has moved on since), then whether the state allows it.

const t = messages.assessmentForm;

function done(target: { scene: { ref: string }; year: number }, notice: Notice) {
  const scene = `/platser/${encodeURIComponent(target.scene.ref)}`;
  return { redirect: withNotice(`${scene}/bedomningar/${target.year}`, notice), revalidate: ["/bedomningar", scene] };
}

export const startAssessmentAction = definePlainAction(
  {
    schema: startAssessmentSchema,
    load: async (user, input) => {
      const [scene, lastOpenYear] = await Promise.all([getSceneArea(user, input.sceneId), getLastAssessableYear()]);
      return scene && { ...scene, lastOpenYear };
    },
    authorize: (user, scene, input) => isFollowedIn(scene, input.year, scene.lastOpenYear) && can(user, "assessment:edit", scene),
    write: (user, scene, input) => startAssessment(user, scene, input.year),
    done: (scene, _created, input) => done({ scene, year: input.year }, "assessment-started"),
  },
  { path: "/bedomningar", notice: "assessment-not-started" },
);

/** The answers and the extent, checked against the year's questionnaire and the scene's point. */
async function checkAgainstAssessment(target: AssessmentArea, fields: AssessmentFields) {
  const questionnaire = await getQuestionnaire(target.year);
  if (!questionnaire) return { ok: false as const, formError: t.noQuestionnaire };
  return checkAssessmentFields(questionnaire, target.scene, fields);
}

async function writeAssessment(user: SessionUser, target: AssessmentArea, fields: AssessmentFields): Promise<MutationResult> {
  const checked = await checkAgainstAssessment(target, fields);
  if (!checked.ok) return checked;
  const { version, intent, municipalityCode, policeAreaId, districtId } = fields;
  return saveAssessment(user, target, { version, intent, municipalityCode, policeAreaId, districtId, ...checked });
}

export const saveAssessmentAction = defineAction({
  schema: assessmentFieldsSchema,
  lists: isAnswerField,
  load: (user, input) => getAssessmentArea(user, input.id),
  authorize: (user, target, input) => mayMake(user, input.intent, target.scene),
  write: writeAssessment,
  done: (target, _value, input) => done(target, input.intent === "submit" ? "assessment-submitted" : "assessment-saved"),
  conflict: (user, target, input) => describeAssessmentConflict(user, target, input),
});

const decisionNotice = { cosign: "assessment-cosigned", return: "assessment-returned", reopen: "assessment-reopened" } as const;

export const decideAssessmentAction = defineAction({
  schema: decisionSchema,
  load: (user, input) => getAssessmentArea(user, input.id),
  authorize: (user, target, input) => mayMake(user, input.decision, target.scene),
  write: (user, target, input) => decideAssessment(user, target, input),
  done: (target, _value, input) => done(target, decisionNotice[input.decision]),
  conflict: (user, target, input) => describeDecisionConflict(user, target, input.decision),
});

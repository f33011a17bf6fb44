"use server";

import { can, type AreaResource, type SessionUser } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { withNotice, type Notice } from "@/lib/forms/notices";
import { getSceneArea } from "@/lib/scenes/queries";
import { describeInterventionConflict } from "./conflict";
import { createIntervention, evaluateIntervention, updateIntervention } from "./mutations";
import { getInterventionArea } from "./queries";
import { createInterventionSchema, evaluateInterventionSchema, updateInterventionSchema } from "./schemas";

// Through lib/forms/action.ts: the scene or intervention is loaded by the parsed id within the
// user's scope and authorized by the scene's area; the mutation locks the row and checks again.
// Only the analysts of the scene's LPO and the representatives of its municipality register and
// evaluate: the steering group and administrators read.

function done(sceneRef: string, notice: Notice) {
  const path = `/platser/${encodeURIComponent(sceneRef)}/insatser`;
  return { redirect: withNotice(path, notice), revalidate: [path, "/insatser"] };
}

const mayEdit = (user: SessionUser, target: AreaResource) => can(user, "intervention:edit", target);
const loadIntervention = (user: SessionUser, input: { id: string }) => getInterventionArea(user, input.id);

export const createInterventionAction = defineAction({
  schema: createInterventionSchema,
  load: (user, input) => getSceneArea(user, input.sceneId),
  authorize: mayEdit,
  write: (user, scene, input) => createIntervention(user, scene, input),
  done: (scene) => done(scene.ref, "intervention-created"),
});

export const updateInterventionAction = defineAction({
  schema: updateInterventionSchema,
  load: loadIntervention,
  authorize: mayEdit,
  write: (user, intervention, input) => updateIntervention(user, intervention, input),
  done: (intervention) => done(intervention.sceneRef, "intervention-updated"),
  conflict: (_user, intervention, input) => describeInterventionConflict(intervention, input),
});

export const evaluateInterventionAction = defineAction({
  schema: evaluateInterventionSchema,
  load: loadIntervention,
  authorize: mayEdit,
  write: (user, intervention, input) => evaluateIntervention(user, intervention, input),
  done: (intervention) => done(intervention.sceneRef, "intervention-evaluated"),
  conflict: (_user, intervention, input) => describeInterventionConflict(intervention, input),
});

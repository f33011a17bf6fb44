"use server";

import { can, type SessionUser } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { withNotice, type Notice } from "@/lib/forms/notices";
import { closeScene, createScene, mergeScene, splitScene, updateScene } from "./mutations";
import { getSceneArea } from "./queries";
import { closeSceneSchema, createSceneSchema, mergeSceneSchema, splitSceneSchema, updateSceneSchema } from "./schemas";
import { describeSceneConflict, describeSceneStatusConflict } from "./conflict";

// Every scene action goes through lib/forms/action.ts: the scene is loaded by the parsed id within
// the user's scope, authorized, and handed to the mutation, which checks it again in its transaction.

function done(scene: { ref: string }, notice: Notice) {
  return { redirect: withNotice(`/platser/${encodeURIComponent(scene.ref)}`, notice), revalidate: ["/platser", "/karta"] };
}

const loadScene = (user: SessionUser, input: { id: string }) => getSceneArea(user, input.id);
const mayEdit = (user: SessionUser, scene: { municipalityCode: string; policeAreaId: string }) => can(user, "scene:edit", scene);

export const createSceneAction = defineAction({
  schema: createSceneSchema,
  // The place itself is what a new scene is authorized against: the LPO must be the analyst's.
  load: async (_user, input) => input,
  authorize: (user) => can(user, "scene:create"),
  write: (user, _place, input) => createScene(user, input),
  done: (_place, created) => done(created, "scene-created"),
});

export const updateSceneAction = defineAction({
  schema: updateSceneSchema,
  load: loadScene,
  authorize: mayEdit,
  write: (user, scene, input) => updateScene(user, scene, input),
  done: (scene) => done(scene, "scene-updated"),
  conflict: (user, scene, input) => describeSceneConflict(user, scene, input),
});

export const closeSceneAction = defineAction({
  schema: closeSceneSchema,
  load: loadScene,
  authorize: mayEdit,
  write: (user, scene, input) => closeScene(user, scene, input),
  conflict: (user, scene) => describeSceneStatusConflict(user, scene, "CLOSED"),
  done: (scene) => done(scene, "scene-closed"),
});

export const mergeSceneAction = defineAction({
  schema: mergeSceneSchema,
  load: loadScene,
  authorize: mayEdit,
  write: (user, scene, input) => mergeScene(user, scene, input),
  conflict: (user, scene) => describeSceneStatusConflict(user, scene, "MERGED"),
  done: (scene) => done(scene, "scene-merged"),
});

export const splitSceneAction = defineAction({
  schema: splitSceneSchema,
  lists: ["targetIds"],
  load: loadScene,
  authorize: mayEdit,
  write: (user, scene, input) => splitScene(user, scene, input),
  conflict: (user, scene) => describeSceneStatusConflict(user, scene, "SPLIT"),
  done: (scene) => done(scene, "scene-split"),
});

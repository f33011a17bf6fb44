"use server";

import { can, type SessionUser } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import type { MutationResult } from "@/lib/forms/mutation-result";
import type { z } from "@/lib/forms/zod";
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

/** Close, merge and split: the same steps, each with its own form, write, resulting status and notice. */
function endSceneAction<Schema extends z.ZodType<{ id: string }>>(
  schema: Schema,
  write: (user: SessionUser, scene: { id: string }, input: z.output<Schema>) => Promise<MutationResult>,
  ending: { status: "CLOSED" | "MERGED" | "SPLIT"; notice: Notice; lists?: string[] },
) {
  return defineAction({
    schema,
    lists: ending.lists,
    load: loadScene,
    authorize: mayEdit,
    write,
    conflict: (user, scene) => describeSceneStatusConflict(user, scene, ending.status),
    done: (scene) => done(scene, ending.notice),
  });
}

export const closeSceneAction = endSceneAction(closeSceneSchema, closeScene, { status: "CLOSED", notice: "scene-closed" });

export const mergeSceneAction = endSceneAction(mergeSceneSchema, mergeScene, { status: "MERGED", notice: "scene-merged" });

export const splitSceneAction = endSceneAction(splitSceneSchema, splitScene, {
  status: "SPLIT",
  notice: "scene-split",
  lists: ["targetIds"],
});

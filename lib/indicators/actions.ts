"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { withNotice } from "@/lib/forms/notices";
import { getSceneArea } from "@/lib/scenes/queries";
import { describeIndicatorConflict } from "./conflict";
import { saveIndicator } from "./mutations";
import { saveIndicatorSchema } from "./schemas";

// Through lib/forms/action.ts: the scene is loaded by the parsed id within the user's scope and
// authorized against its LPO; the mutation locks it and checks again.

export const saveIndicatorAction = defineAction({
  schema: saveIndicatorSchema,
  load: (user, input) => getSceneArea(user, input.sceneId),
  authorize: (user, scene) => can(user, "indicator:edit", scene),
  write: (user, scene, input) => saveIndicator(user, scene, input),
  done: (scene, result) => {
    const base = `/platser/${encodeURIComponent(scene.ref)}`;
    return {
      redirect: withNotice(`${base}/indikatorer`, result.changed ? "indicator-saved" : "indicator-unchanged"),
      revalidate: [base, `${base}/indikatorer`],
    };
  },
  conflict: (_user, scene, input) => describeIndicatorConflict(scene, input),
});

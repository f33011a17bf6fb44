/** A scene's lifecycle status, in the order the legend and the filters list them. Client-safe. */
export const SCENE_STATUSES = ["ACTIVE", "CLOSED", "MERGED", "SPLIT"] as const;

export type SceneStatus = (typeof SCENE_STATUSES)[number];

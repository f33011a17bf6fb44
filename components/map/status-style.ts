import type { SceneStatus } from "@/lib/scenes/status";

// Okabe–Ito colours: told apart with every common colour-vision deficiency. The dark outline
// gives each marker 3:1 contrast against the map's grey background whatever its fill.
export const STATUS_COLOR: Record<SceneStatus, string> = {
  ACTIVE: "#D55E00",
  CLOSED: "#0072B2",
  MERGED: "#CC79A7",
  SPLIT: "#009E73",
};

export const MARKER_OUTLINE = "#1f2937";

/** The choropleth's one hue: neutral, so that it never reads as a scene status. */
export const SHADING_COLOR = "#334155";

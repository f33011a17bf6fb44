import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";

// This year's extent against the previous final assessment's: told apart by the line (solid and
// filled against dashed and hollow) as well as by colour (Okabe–Ito orange and blue, each 3:1
// against the map's grey background), so the legend reads without colour vision.

export const CURRENT_OUTLINE = { color: STATUS_COLOR.ACTIVE, weight: 3, fillColor: STATUS_COLOR.ACTIVE, fillOpacity: 0.25 } as const;

export const PREVIOUS_OUTLINE = { color: STATUS_COLOR.CLOSED, weight: 3, dashArray: "8 6", fill: false } as const;

export const POINT_STYLE = { color: MARKER_OUTLINE, weight: 2, fillColor: "#ffffff", fillOpacity: 1 } as const;

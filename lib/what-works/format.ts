import type { Measure } from "./schemas";

// How the view and the report write the figures: counts with one decimal (they are means over
// two years), shares as percent and their changes in percentage points. Client-safe and pure.

const count = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const signedCount = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, signDisplay: "exceptZero" });
const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1 });
const signedPoints = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

export const isShareMeasure = (measure: Measure) => measure === "unsafe_share" || measure === "police_actions";

/** A level: "10", "4,5", "16,7 %"; a dash when unknown. */
export function formatLevel(measure: Measure, value: number | null): string {
  if (value === null) return "—";
  return isShareMeasure(measure) ? percent.format(value) : count.format(value);
}

/** A change: "−6", "+2,5", "+16,7 procentenheter" for shares; a dash when unknown. */
export function formatChange(measure: Measure, value: number | null, points: string): string {
  if (value === null) return "—";
  return isShareMeasure(measure) ? `${signedPoints.format(value * 100)} ${points}` : signedCount.format(value);
}

/** A share of scenes: "20 %"; a dash when unknown. */
export function formatShare(value: number | null): string {
  return value === null ? "—" : percent.format(value);
}

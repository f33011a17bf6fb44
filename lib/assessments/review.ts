import { messages } from "@/lib/i18n";

// Pure helpers of the review loop: how a return's comment is cut for a list, and how this year's
// extent compares with the previous final assessment's, in words (the map's text alternative).

const t = messages.review;

/** The start of a text for a list: whole words up to `max` characters, and "…" when cut. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut ends a word when a space follows it; otherwise back to the last space. A single long
  // word is cut mid-word rather than dropped.
  const boundary = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

export type YearArea = { year: number; areaM2: number | null };

export type AreaChange = { m2: number; percent: number | null };

/** The change in area from the previous final assessment; null when either has no extent. */
export function compareAreas(current: YearArea, previous: YearArea | null): AreaChange | null {
  if (!previous || current.areaM2 === null || previous.areaM2 === null) return null;
  const m2 = Math.round(current.areaM2) - Math.round(previous.areaM2);
  return { m2, percent: previous.areaM2 > 0 ? m2 / previous.areaM2 : null };
}

const signedNumber = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0, signDisplay: "exceptZero" });
const signedPercent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** "+366 m² (+5 %)", "−1 200 m² (−12,5 %)", or "oförändrad". */
export function formatAreaChange(change: AreaChange): string {
  if (change.m2 === 0) return t.noChange;
  const m2 = `${signedNumber.format(change.m2)} m²`;
  return change.percent === null ? m2 : `${m2} (${signedPercent.format(change.percent)})`;
}

// The outcome indicators of the project's sub-goals (../shared/docs/domain.md). Stable codes, used
// by the CSV import, the API and exports; the labels live in lib/i18n.

export const INDICATORS = ["violent_crimes", "detected_crimes", "unsafe_share"] as const;
export type IndicatorCode = (typeof INDICATORS)[number];

/** Which way is better: violent crime should fall, detected crime rise, feeling unsafe fall. */
export const DESIRED_DIRECTION: Record<IndicatorCode, "down" | "up"> = {
  violent_crimes: "down",
  detected_crimes: "up",
  unsafe_share: "down",
};

/** A share 0–1 (from a survey) rather than a count. */
export function isShare(code: IndicatorCode): boolean {
  return code === "unsafe_share";
}

export function isIndicatorCode(value: string): value is IndicatorCode {
  return (INDICATORS as readonly string[]).includes(value);
}

import { isShare, type IndicatorCode } from "./codes";

// How a value reads in Swedish: counts with a thin-space thousands separator, shares as percent.
// Client-safe and pure.

// One decimal: counts are whole, but the before/after comparison shows means of counts.
const count = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1 });

export function formatIndicatorValue(indicator: IndicatorCode, value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return isShare(indicator) ? percent.format(value) : count.format(value);
}

/** The value as the form's field shows it: as typed in Sweden, "0,42". */
export function toIndicatorInput(value: number): string {
  return String(value).replace(".", ",");
}

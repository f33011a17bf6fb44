import { currentYear } from "@/lib/years";

// Which years an administrator may prepare a questionnaire for: next year (the usual case, before
// its mapping opens) and this year when nobody has stored one yet. Client-safe.

export function listPreparableYears(existing: readonly number[], now: number = currentYear()): number[] {
  return [now, now + 1].filter((year) => !existing.includes(year));
}

// Calendar days as text, YYYY-MM-DD: days of periods, interventions and filters are days, not
// instants, and text compares and stores without a time zone to misread. A day is stored as a
// date at UTC midnight (PostgreSQL DATE), so its text is the UTC date. Client-safe.

/** Whether the text is a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A stored day (a date at UTC midnight) as YYYY-MM-DD. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A stored day or none. */
export function toIsoDayOrNull(date: Date | null): string | null {
  return date ? toIsoDay(date) : null;
}

const STOCKHOLM_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Sweden as YYYY-MM-DD: deadlines and "today" are Swedish calendar days. */
export function todayInSweden(now: Date = new Date()): string {
  return STOCKHOLM_DAY.format(now);
}

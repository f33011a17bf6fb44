// Audit times are stored in UTC and read in Swedish time: a day in the log's filter is a day in
// Stockholm, whatever the server's own time zone, and daylight saving time moves its bounds.

const TIME_ZONE = "Europe/Stockholm";

const wallClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function parts(date: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of wallClock.formatToParts(date)) if (part.type !== "literal") out[part.type] = Number(part.value);
  return out;
}

/** How far Stockholm's clock is ahead of UTC at the instant, in milliseconds. */
function offsetAt(instant: number): number {
  const p = parts(new Date(instant));
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a Stockholm day begins (midnight local time). Midnight never falls in a DST gap in
 * Sweden (the clocks change at 02:00 and 03:00), so the offset a moment later is the right one.
 */
export function stockholmDayStart(day: string, addDays = 0): Date {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d + addDays);
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** "2026-11-27 13:05", in Swedish time. */
export function formatStockholmTime(date: Date): string {
  const p = parts(date);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

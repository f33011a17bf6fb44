import { addDays } from "@/lib/tokens/policy";

// The reminder rules: when a round is due for reminders, and what one person's daily digest holds.
// Pure; days are "YYYY-MM-DD" in Swedish time. That a person gets at most one digest a day is not
// decided here but by the database (a unique index on the person and the day), so that two runs
// at once cannot both write one.

export type ReminderTask = "assess" | "cosign";

/** One round in a digest: what is left for the person in that year, and by when. */
export type ReminderItem = { year: number; deadline: string; count: number; task: ReminderTask };

/** A round is due for reminders from `days` days before its deadline through the deadline itself. */
export function isReminderDue(round: { deadline: string; closed: boolean }, today: string, days: number): boolean {
  return !round.closed && today <= round.deadline && today >= addDays(round.deadline, -days);
}

/** A person's outstanding work in one round, as counted in the database. */
export type Outstanding = ReminderItem & { userId: string };

/**
 * One digest per person: their rounds with anything left, the nearest deadline first. A round
 * with nothing left for them is not mentioned, and a person with nothing left gets no digest.
 */
export function buildDigests(rows: readonly Outstanding[]): Map<string, ReminderItem[]> {
  const digests = new Map<string, ReminderItem[]>();
  for (const { userId, ...item } of rows) {
    if (item.count <= 0) continue;
    digests.set(userId, [...(digests.get(userId) ?? []), item]);
  }
  for (const items of digests.values()) items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.year - b.year);
  return digests;
}

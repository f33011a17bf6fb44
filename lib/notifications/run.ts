import "server-only";
import { getEnv } from "@/lib/env";
import { deliverEmails, type DeliveryReport } from "./delivery";
import { createReminders, type ReminderRun } from "./remind";

/**
 * What `npm run notify` does: today's reminders, then every waiting e-mail. Safe to run as often
 * as a scheduler likes, and twice at once: nothing is written or sent twice.
 */
export async function runNotify(now: Date): Promise<{ reminders: ReminderRun; delivery: DeliveryReport; days: number }> {
  const days = getEnv().NOTIFY_REMINDER_DAYS;
  const reminders = await createReminders(now, days);
  const delivery = await deliverEmails();
  return { reminders, delivery, days };
}

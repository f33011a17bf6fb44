// `npm run notify`: writes today's reminders before the deadlines of open rounds, and sends every
// e-mail waiting in the outbox (new, or failed before and not yet given up). Meant for a scheduler
// (cron, a Kubernetes CronJob), as often as it likes: a reminder is written once a day per person
// and an e-mail sent once, even by two runs at once. Exit code 0: done; 1: an e-mail failed (it is
// retried by the next run) or the run broke; 2: usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { messages } from "@/lib/i18n";
import { formatDeadline } from "@/lib/notifications/content";
import { runNotify } from "@/lib/notifications/run";
import { done, EXIT, runCommand, wrongUsage } from "./cli";

const t = messages.notifications.cli;

runCommand(async (args) => {
  if (args.length > 0) return wrongUsage(t.usage);
  const { reminders, delivery, days } = await runNotify(new Date());
  const lines = reminders.rounds.length
    ? [t.reminders(reminders.created), ...reminders.rounds.map((round) => t.round(round.year, formatDeadline(round.deadline)))]
    : [t.noRounds(days)];
  if (!delivery.configured) return done(...lines, t.notConfigured(delivery.pending));
  done(...lines, t.sent(delivery.sent, delivery.failed, delivery.gaveUp, delivery.skipped));
  if (delivery.failed + delivery.gaveUp === 0) return EXIT.done;
  console.error(t.failures);
  return EXIT.refused;
});

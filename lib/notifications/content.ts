import { messages } from "@/lib/i18n";
import { toIsoDay } from "@/lib/days";
import type { ReminderItem } from "./reminders";
import { reminderItemsSchema } from "./schemas";
import type { AssessmentKind } from "./recipients";

// What a notification says, in the app and by e-mail. Pure. It is built from the notification's
// own columns, which hold the scene's reference, a year and a deadline, never the scene's name, an
// answer, a comment or a person: an e-mail leaves the system, the details stay behind sign-in.

const t = messages.notifications;

export type NotificationContent =
  | { kind: AssessmentKind; sceneRef: string; year: number }
  | { kind: "ROUND_OPENED"; year: number; deadline: string }
  | { kind: "ROUND_REMINDER"; year: number; deadline: string; items: ReminderItem[] };

/** The stored columns a notification's content is read from. */
export type NotificationRow = {
  kind: NotificationContent["kind"];
  year: number;
  sceneRef: string | null;
  deadline: Date | null;
  reminder: unknown;
};

/** A stored notification as content; a row that breaks the invariants of its kind is a bug, and throws. */
export function toContent(row: NotificationRow): NotificationContent {
  const { kind, year } = row;
  if (kind === "ROUND_OPENED" || kind === "ROUND_REMINDER") {
    if (!row.deadline) throw new Error(`Notification of kind ${kind} without a deadline`);
    const deadline = toIsoDay(row.deadline);
    if (kind === "ROUND_OPENED") return { kind, year, deadline };
    return { kind, year, deadline, items: reminderItemsSchema.parse(row.reminder) };
  }
  if (!row.sceneRef) throw new Error(`Notification of kind ${kind} without a scene`);
  return { kind, sceneRef: row.sceneRef, year };
}

const longDate = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "15 december 2026", from "2026-12-15". */
export function formatDeadline(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

/** The page a notification is about: the assessment, or the work list of the round. */
export function targetPath(content: NotificationContent): string {
  if (content.kind === "ROUND_OPENED" || content.kind === "ROUND_REMINDER") return "/bedomningar";
  return `/platser/${encodeURIComponent(content.sceneRef)}/bedomningar/${content.year}`;
}

/** One line: the list's entry and the e-mail's subject. */
export function headline(content: NotificationContent): string {
  switch (content.kind) {
    case "ROUND_OPENED":
    case "ROUND_REMINDER":
      return t.headline[content.kind](content.year, formatDeadline(content.deadline));
    default:
      return t.headline[content.kind](content.sceneRef, content.year);
  }
}

/** The reminder's rounds, one line each. */
export function reminderLines(items: readonly ReminderItem[]): string[] {
  return items.map((item) => t.reminderLine[item.task](item.year, item.count, formatDeadline(item.deadline)));
}

function bodyLines(content: NotificationContent): string[] {
  switch (content.kind) {
    case "ROUND_OPENED":
      return [t.email.body.ROUND_OPENED(content.year, formatDeadline(content.deadline))];
    case "ROUND_REMINDER":
      return [t.email.body.ROUND_REMINDER, "", ...reminderLines(content.items).map((line) => `- ${line}`)];
    default:
      return [t.email.body[content.kind](content.sceneRef, content.year)];
  }
}

export type RenderedEmail = { subject: string; text: string };

/** The e-mail: plain text, with the page's absolute address on `appUrl` and where to turn e-mail off. */
export function renderEmail(content: NotificationContent, appUrl: string): RenderedEmail {
  const link = (path: string) => new URL(path, appUrl).toString();
  const text = [
    t.email.greeting,
    "",
    ...bodyLines(content),
    "",
    t.email.open,
    link(targetPath(content)),
    "",
    "-- ",
    t.email.why,
    link("/konto"),
    t.email.automatic,
    "",
  ].join("\n");
  return { subject: headline(content), text };
}

import { listQuestions, type Questionnaire } from "./questionnaire/definition";

// What the retention of free text keeps and what it clears (docs/decisions/0017): pure, so that
// the rules are tested without a database. Places, figures and choices stay; the words people
// wrote about a scene go once it has been ended for the retention period.

/** The event types whose comment is a person's reason (return, reopen), as opposed to an import's file name. */
export const COMMENTED_DECISIONS: readonly string[] = ["assessment.returned", "assessment.reopened"];

/**
 * When a scene stopped being followed, for the retention period to count from: the later of its
 * last closing, merging or splitting (from the audit log) and the end of its last year followed.
 * The later of the two, because an admin may close a scene years after it was last followed (the
 * period then runs from the closing) or close it early in its last year (the text of that year's
 * assessment is kept until the year ends). A scene imported as closed has only its last year.
 */
export function getClosedSince(lastYear: number, lastClosingAt: Date | null): Date {
  // 1 January 00:00 in Stockholm is 31 December 23:00 UTC: January is always winter time (UTC+1).
  const endOfLastYear = new Date(Date.UTC(lastYear + 1, 0, 1) - 60 * 60 * 1000);
  return lastClosingAt && lastClosingAt > endOfLastYear ? lastClosingAt : endOfLastYear;
}

/** The instant before which a scene must have ended for its free text to be cleared now. */
export function getRetentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** The codes of a questionnaire's free-text questions; every other kind is a choice, a figure's source. */
export function listFreeTextCodes(questionnaire: Questionnaire): string[] {
  return listQuestions(questionnaire)
    .filter((q) => q.kind === "text")
    .map((q) => q.code);
}

/** The answers without their free text, and the codes of the answers removed (none: the same object). */
export function withoutFreeText<T>(
  answers: Record<string, T>,
  codes: readonly string[],
): { answers: Record<string, T>; cleared: string[] } {
  const cleared = codes.filter((code) => Object.hasOwn(answers, code));
  if (!cleared.length) return { answers, cleared };
  return { answers: Object.fromEntries(Object.entries(answers).filter(([code]) => !cleared.includes(code))), cleared };
}

type Snapshot = Record<string, unknown> | null;
export type LoggedEvent = { type: string; before: unknown; after: unknown; comment: string | null };

function snapshotWithoutFreeText(snapshot: unknown, codes: readonly string[]): { snapshot: unknown; changed: boolean } {
  const answers = (snapshot as Snapshot)?.answers;
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return { snapshot, changed: false };
  const result = withoutFreeText(answers as Record<string, unknown>, codes);
  if (!result.cleared.length) return { snapshot, changed: false };
  return { snapshot: { ...(snapshot as Record<string, unknown>), answers: result.answers }, changed: true };
}

/**
 * A logged event of an assessment without its free text: the text answers gone from the snapshots
 * it copied, and a return's or reopening's reason gone from its comment. Null when it held none.
 */
export function eventWithoutFreeText(event: LoggedEvent, codes: readonly string[]): LoggedEvent | null {
  const before = snapshotWithoutFreeText(event.before, codes);
  const after = snapshotWithoutFreeText(event.after, codes);
  const comment = COMMENTED_DECISIONS.includes(event.type) && event.comment !== null;
  if (!before.changed && !after.changed && !comment) return null;
  return { type: event.type, before: before.snapshot, after: after.snapshot, comment: comment ? null : event.comment };
}

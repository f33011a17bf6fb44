import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { getLogger } from "@/lib/observability/logger";
import { getMetrics } from "@/lib/observability/metrics";
import { renderEmail, toContent } from "./content";
import { createMailer, errorCode, type Mailer } from "./mailer";
import { mailSettings, type MailSettings } from "./mail-settings";

// The e-mail outbox: every Notification row with emailStatus PENDING waits here. A sender claims
// rows (stamping emailClaimedAt in one statement that skips rows another sender holds), sends each,
// and records the outcome on the row only while its claim is still the one it made. So two
// senders — the request that just committed a change, and `npm run notify` — never send one
// e-mail twice; a sender that dies mid-send leaves a claim that turns stale and is taken up again
// (at least once: that one e-mail may then go out twice). A failed e-mail stays PENDING and is
// retried by the next run, until MAX_EMAIL_ATTEMPTS; an SMTP failure never fails the change.

export const MAX_EMAIL_ATTEMPTS = 5;
/** A claim older than this belongs to a sender that died: the row is taken up again. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;
/** At most this many e-mails per run; a larger backlog goes on in the next. */
const RUN_LIMIT = 1000;

export type DeliveryReport = {
  /** false: SMTP is not configured, nothing was tried. */
  configured: boolean;
  sent: number;
  /** Failed now, to be retried. */
  failed: number;
  /** Failed for the last time: status FAILED. */
  gaveUp: number;
  /** Not sent: the person has turned e-mail off, or was disabled, since. */
  skipped: number;
  /** Still waiting after the run. */
  pending: number;
};

async function claim(claimedAt: Date, ids: string[] | undefined): Promise<string[]> {
  const stale = new Date(claimedAt.getTime() - CLAIM_TIMEOUT_MS);
  const only = ids ? Prisma.sql`AND id IN (${Prisma.join(ids)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "emailClaimedAt" = ${claimedAt}
    WHERE id IN (
      SELECT id FROM "Notification"
      WHERE "emailStatus" = 'PENDING' AND ("emailClaimedAt" IS NULL OR "emailClaimedAt" < ${stale}) ${only}
      ORDER BY "createdAt", id
      LIMIT ${RUN_LIMIT}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((row) => row.id);
}

/** Records an outcome and lets go of the rows, if they are still held by this claim. */
function release(ids: string[], claimedAt: Date, data: Prisma.NotificationUpdateManyMutationInput = {}) {
  return db.notification.updateMany({ where: { id: { in: ids }, emailClaimedAt: claimedAt }, data: { ...data, emailClaimedAt: null } });
}

const loadClaimed = (ids: string[]) =>
  db.notification.findMany({
    where: { id: { in: ids } },
    include: { user: { select: { email: true, emailNotifications: true, disabledAt: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

type Claimed = Awaited<ReturnType<typeof loadClaimed>>[number];
type Outcome = "sent" | "failed" | "gaveUp" | "skipped";

/** A rejected message is that message's problem; anything else (refused, timed out, TLS, login) is the server's. */
const isServerFailure = (code: string) => !code.startsWith("EENVELOPE") && !code.startsWith("EMESSAGE");

async function deliverOne(
  mailer: Mailer,
  settings: MailSettings,
  row: Claimed,
  claimedAt: Date,
): Promise<{ outcome: Outcome; serverDown: boolean }> {
  // The preference and the account are read now, not when the notification was written.
  if (!row.user.emailNotifications || row.user.disabledAt) {
    await release([row.id], claimedAt, { emailStatus: "OFF" });
    return { outcome: "skipped", serverDown: false };
  }
  const attempts = row.emailAttempts + 1;
  try {
    await mailer.send(row.user.email, renderEmail(toContent(row), settings.appUrl));
  } catch (error) {
    const code = errorCode(error);
    const gaveUp = attempts >= MAX_EMAIL_ATTEMPTS;
    await release([row.id], claimedAt, { emailAttempts: attempts, emailLastError: code, emailStatus: gaveUp ? "FAILED" : "PENDING" });
    getLogger().warn({ notificationId: row.id, code, attempt: attempts, maxAttempts: MAX_EMAIL_ATTEMPTS }, "notification e-mail failed");
    return { outcome: gaveUp ? "gaveUp" : "failed", serverDown: isServerFailure(code) };
  }
  await release([row.id], claimedAt, { emailStatus: "SENT", emailSentAt: new Date(), emailAttempts: attempts, emailLastError: null });
  return { outcome: "sent", serverDown: false };
}

const countPending = () => db.notification.count({ where: { emailStatus: "PENDING" } });

/**
 * Sends the waiting e-mails (only those of `ids`, if given). When the server cannot be reached,
 * the run stops at the first failure and the rest wait, untried, for the next run.
 */
export async function deliverEmails(options: { ids?: string[] } = {}): Promise<DeliveryReport> {
  const settings = mailSettings(getEnv());
  const report: DeliveryReport = { configured: !!settings, sent: 0, failed: 0, gaveUp: 0, skipped: 0, pending: 0 };
  if (settings && options.ids?.length !== 0) {
    const claimedAt = new Date();
    const rows = await loadClaimed(await claim(claimedAt, options.ids));
    const mailer = createMailer(settings);
    try {
      for (const [index, row] of rows.entries()) {
        const { outcome, serverDown } = await deliverOne(mailer, settings, row, claimedAt);
        report[outcome] += 1;
        getMetrics().notificationEmails.inc({ outcome });
        if (serverDown) {
          await release(
            rows.slice(index + 1).map((r) => r.id),
            claimedAt,
          );
          break;
        }
      }
    } finally {
      mailer.close();
    }
  }
  report.pending = await countPending();
  return report;
}

/**
 * After a change has committed: sends its notifications' e-mails once the response has gone out
 * (`after`), so that the person acting never waits for, or fails with, the SMTP server. Outside a
 * request (a command, a test) it starts at once without being awaited. What fails here stays in
 * the outbox for `npm run notify`.
 */
export function deliverSoon(ids: string[]): void {
  if (ids.length === 0 || !mailSettings(getEnv())) return;
  const run = () =>
    deliverEmails({ ids }).then(
      () => undefined,
      (error: unknown) => getLogger().error({ code: errorCode(error) }, "notification delivery after commit failed"),
    );
  try {
    after(run);
  } catch {
    // `after` is only available while Next serves a request.
    void run();
  }
}

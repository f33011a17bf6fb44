import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { sessionUserInclude, toSessionUser } from "@/lib/auth/session-user";
import {
  isRecipient,
  isRoundRecipient,
  recipientRole,
  ROUND_ROLES,
  TRANSITION_KINDS,
  type Candidate,
  type NotifyingTransition,
} from "./recipients";

// Notifications are written in the transaction of the change that causes them: committed together
// or not at all. Their e-mails go out after the commit (lib/notifications/delivery.ts); the ids
// returned here are what the caller hands to deliverSoon() once its transaction has committed.

type Tx = Prisma.TransactionClient;

async function listCandidates(tx: Tx, roles: readonly Role[]): Promise<(Candidate & { emailNotifications: boolean })[]> {
  const users = await tx.user.findMany({ where: { role: { in: [...roles] }, disabledAt: null }, include: sessionUserInclude });
  return users.map((user) => ({ ...toSessionUser(user), disabled: user.disabledAt !== null, emailNotifications: user.emailNotifications }));
}

/** A person who turned e-mail off gets the notification in the app only. */
const emailStatus = (recipient: { emailNotifications: boolean }) => (recipient.emailNotifications ? "PENDING" : "OFF");

async function insert(tx: Tx, rows: Prisma.NotificationCreateManyInput[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
}

/** The assessment as the transition left it: its scene's reference and where the scene lies now. */
export type NotifiedAssessment = { id: string; year: number; sceneRef: string; scene: { municipalityCode: string; policeAreaId: string } };

/**
 * Tells those who act next that an assessment was submitted, returned or co-signed
 * (lib/notifications/recipients.ts). Call it inside the transition's transaction.
 */
export async function notifyAssessmentTransition(
  tx: Tx,
  transition: NotifyingTransition,
  assessment: NotifiedAssessment,
  actorId: string | null,
): Promise<string[]> {
  const kind = TRANSITION_KINDS[transition];
  const candidates = await listCandidates(tx, [recipientRole(kind)]);
  const recipients = candidates.filter((candidate) => isRecipient(kind, candidate, assessment.scene, actorId));
  return insert(
    tx,
    recipients.map((recipient) => ({
      userId: recipient.id,
      kind,
      year: assessment.year,
      assessmentId: assessment.id,
      sceneRef: assessment.sceneRef,
      emailStatus: emailStatus(recipient),
    })),
  );
}

/**
 * Tells every active analyst and representative that the year's round has opened, with its
 * deadline (a date, stored as a day). Call it inside the transaction that opens the round, then
 * deliverSoon() with the ids it returns once that has committed.
 */
export async function notifyRoundOpened(tx: Tx, round: { year: number; deadline: Date }): Promise<string[]> {
  const recipients = (await listCandidates(tx, ROUND_ROLES)).filter(isRoundRecipient);
  return insert(
    tx,
    recipients.map((recipient) => ({
      userId: recipient.id,
      kind: "ROUND_OPENED" as const,
      year: round.year,
      deadline: round.deadline,
      emailStatus: emailStatus(recipient),
    })),
  );
}

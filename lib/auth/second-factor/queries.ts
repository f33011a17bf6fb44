import "server-only";
import { db } from "@/lib/db";
import { getSecondFactorKey } from "./key";
import { openEnrolment, sealEnrolment } from "./sealing";
import { buildTotpUri, createTotpSecret, formatSecretForReading } from "./totp";
import { renderQrDataUrl } from "./qr";

export type SecondFactorStatus = { enabledAt: Date | null; recoveryCodesLeft: number };

export async function getSecondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft };
}

/** What the enrolment form shows: the QR code, the secret to type, and the sealed secret it posts back. */
export type PendingEnrolment = { enrolment: string; secretText: string; qrDataUrl: string };

export async function describeEnrolment(user: { id: string; email: string }, secret: string, enrolment: string): Promise<PendingEnrolment> {
  return { enrolment, secretText: formatSecretForReading(secret), qrDataUrl: await renderQrDataUrl(buildTotpUri(secret, user.email)) };
}

/** A new secret for the enrolment page, sealed for this user; nothing is stored until it is confirmed. */
export async function startEnrolment(user: { id: string; email: string }, now = new Date()): Promise<PendingEnrolment> {
  const secret = createTotpSecret();
  return describeEnrolment(user, secret, sealEnrolment(getSecondFactorKey(), user.id, secret, now));
}

/** The enrolment a form posted back, to show again after a wrong code; null when it no longer opens. */
export async function reopenEnrolment(
  user: { id: string; email: string },
  enrolment: string,
  now = new Date(),
): Promise<PendingEnrolment | null> {
  const secret = openEnrolment(getSecondFactorKey(), user.id, enrolment, now);
  return secret ? describeEnrolment(user, secret, enrolment) : null;
}

import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import type { UserSnapshot } from "@/lib/audit/events";
import { hashPassword, generatePassword } from "@/lib/auth/password";
import { messages } from "@/lib/i18n";
import type { FieldErrors } from "@/lib/forms/form-state";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { endSessions } from "@/lib/auth/sessions/store";
import type { CreateUserInput, SetUserDisabledInput, UpdateUserInput } from "./schemas";

const t = messages.admin;

/** An administrator signed in, or null: an operator at the command line, trusted by the server. */
type Manager = SessionUser | null;
const mayManage = (actor: Manager) => actor === null || can(actor, "user:manage");

const snapshotSelect = {
  email: true,
  name: true,
  role: true,
  municipalityCode: true,
  disabledAt: true,
  policeAreas: { select: { policeAreaId: true } },
} as const;

async function getSnapshot(tx: Prisma.TransactionClient, id: string): Promise<UserSnapshot | null> {
  const u = await tx.user.findUnique({ where: { id }, select: snapshotSelect });
  if (!u) return null;
  const { disabledAt, policeAreas, ...rest } = u;
  return { ...rest, disabled: disabledAt !== null, policeAreaIds: policeAreas.map((p) => p.policeAreaId).sort() };
}

/** Field errors for a scope that names areas the database does not know. */
async function checkScopeExists(
  tx: Prisma.TransactionClient,
  input: { municipalityCode?: string; policeAreaIds: string[] },
): Promise<FieldErrors | null> {
  // One after the other: a transaction runs on one connection, which takes one query at a time.
  const municipality = input.municipalityCode ? await tx.municipality.findUnique({ where: { code: input.municipalityCode } }) : null;
  const areaCount = await tx.policeArea.count({ where: { id: { in: input.policeAreaIds } } });
  const errors: FieldErrors = {};
  if (input.municipalityCode && !municipality) errors.municipalityCode = [t.unknownMunicipality];
  if (areaCount !== new Set(input.policeAreaIds).size) errors.policeAreaIds = [t.unknownPoliceArea];
  return Object.keys(errors).length ? errors : null;
}

/**
 * The e-mail check reads, then writes: two admins giving one address to two accounts at once both
 * pass it, and the unique key refuses the second, who is told the address is taken.
 */
async function emailTakenOnRace<T>(write: () => Promise<MutationResult<T>>): Promise<MutationResult<T>> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: [t.emailTaken] } };
    throw error;
  }
}

/** Creates a user; returns the one-time password when none was given. */
export async function createUser(
  actor: Manager,
  input: CreateUserInput,
): Promise<MutationResult<{ id: string; generatedPassword?: string }>> {
  if (!mayManage(actor)) return forbidden();
  const generatedPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return emailTakenOnRace(() =>
    db.$transaction(async (tx) => {
      const scopeErrors = await checkScopeExists(tx, input);
      if (scopeErrors) return { ok: false, fieldErrors: scopeErrors };
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        return { ok: false, fieldErrors: { email: [t.emailTaken] } };
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash,
          // Whoever made the account knows its first password: the user chooses their own first.
          mustChangePassword: true,
          municipalityCode: input.municipalityCode ?? null,
          policeAreas: { create: input.policeAreaIds.map((policeAreaId) => ({ policeAreaId })) },
        },
      });
      const after = (await getSnapshot(tx, user.id))!;
      await recordAuditEvent(tx, actor, { type: "user.created", entityType: "user", entityId: user.id, before: null, after });
      return { ok: true, value: { id: user.id, generatedPassword } };
    }),
  );
}

/**
 * Updates name, email, role and scope, starting from the version the admin saw. A change of role
 * or scope bumps the session version, which ends the user's current sessions.
 */
export async function updateUser(actor: Manager, user: { id: string }, input: UpdateUserInput): Promise<MutationResult> {
  if (!mayManage(actor)) return forbidden();
  const id = user.id;
  return emailTakenOnRace(() =>
    db.$transaction(async (tx) => {
      const before = await getSnapshot(tx, id);
      if (!before) return { ok: false, formError: t.notFound };
      if (actor?.id === id && before.role === "ADMIN" && input.role !== "ADMIN") {
        return { ok: false, fieldErrors: { role: [t.cannotDemoteSelf] } };
      }
      const scopeErrors = await checkScopeExists(tx, input);
      if (scopeErrors) return { ok: false, fieldErrors: scopeErrors };
      const emailOwner = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (emailOwner && emailOwner.id !== id) return { ok: false, fieldErrors: { email: [t.emailTaken] } };

      const policeAreaIds = [...new Set(input.policeAreaIds)].sort();
      const scopeChanged =
        before.role !== input.role ||
        before.municipalityCode !== (input.municipalityCode ?? null) ||
        before.policeAreaIds.join() !== policeAreaIds.join();
      const { count } = await tx.user.updateMany({
        where: { id, version: input.version },
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          municipalityCode: input.municipalityCode ?? null,
          version: { increment: 1 },
          ...(scopeChanged ? { sessionVersion: { increment: 1 } } : {}),
        },
      });
      if (count === 0) return conflict();
      await tx.userPoliceArea.deleteMany({ where: { userId: id } });
      await tx.userPoliceArea.createMany({ data: policeAreaIds.map((policeAreaId) => ({ userId: id, policeAreaId })) });
      const after = (await getSnapshot(tx, id))!;
      await recordAuditEvent(tx, actor, { type: "user.updated", entityType: "user", entityId: id, before, after });
      return { ok: true, value: undefined };
    }),
  );
}

/** Disables (ending every session at the next request) or re-enables a user. */
export async function setUserDisabled(actor: Manager, user: { id: string }, input: SetUserDisabledInput): Promise<MutationResult> {
  if (!mayManage(actor)) return forbidden();
  const id = user.id;
  if (actor?.id === id && input.disabled) return { ok: false, formError: t.cannotDisableSelf };
  return db.$transaction(async (tx) => {
    const before = await getSnapshot(tx, id);
    if (!before) return { ok: false, formError: t.notFound };
    const { count } = await tx.user.updateMany({
      where: { id, version: input.version },
      data: { disabledAt: input.disabled ? new Date() : null, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const after = (await getSnapshot(tx, id))!;
    const type = input.disabled ? "user.disabled" : "user.enabled";
    await recordAuditEvent(tx, actor, { type, entityType: "user", entityId: id, before, after });
    return { ok: true, value: undefined };
  });
}

/**
 * Gives a user a new one-time password, to be changed at their next sign-in, and ends every
 * session they have. An admin's own password is changed under Mitt konto, with the old one.
 */
export async function resetPassword(actor: Manager, user: { id: string }): Promise<MutationResult<{ password: string }>> {
  if (!mayManage(actor)) return forbidden();
  if (actor?.id === user.id) return { ok: false, formError: messages.account.admin.cannotResetSelf };
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
    if (count === 0) return { ok: false, formError: t.notFound };
    const sessionsEnded = await endSessions(tx, actor, user.id, "ended_by_admin");
    await recordAuditEvent(tx, actor, {
      type: "user.password_reset",
      entityType: "user",
      entityId: user.id,
      before: null,
      after: { sessionsEnded },
    });
    return { ok: true, value: { password } };
  });
}

/** Signs a user out everywhere (a lost laptop, a shared screen); their password stays. */
export async function endUserSessions(actor: Manager, user: { id: string }): Promise<MutationResult<{ count: number }>> {
  if (!mayManage(actor)) return forbidden();
  if (actor?.id === user.id) return { ok: false, formError: messages.account.admin.cannotEndOwnSessions };
  const count = await db.$transaction((tx) => endSessions(tx, actor, user.id, "ended_by_admin"));
  return { ok: true, value: { count } };
}

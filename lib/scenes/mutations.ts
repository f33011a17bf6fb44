import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record";
import type { SceneSnapshot } from "@/lib/audit/events";
import type { MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { checkAttribution, todayInSweden } from "./attribution";
import type { CloseSceneInput, CreateSceneInput, MergeSceneInput, SplitSceneInput, UpdateSceneInput } from "./schemas";

const t = messages.scenes;

type Tx = Prisma.TransactionClient;

export async function getSceneSnapshot(tx: Tx, id: string): Promise<SceneSnapshot | null> {
  const scene = await tx.scene.findUnique({ where: { id }, include: { successors: { include: { to: { select: { ref: true } } } } } });
  if (!scene) return null;
  const { ref, name, description, municipalityCode, policeAreaId, districtId, lat, lng, extent, areaM2, firstYear, status, lastYear } =
    scene;
  const successors = scene.successors.map((link) => link.to.ref).sort();
  return {
    ref,
    name,
    description,
    municipalityCode,
    policeAreaId,
    districtId,
    lat,
    lng,
    extent,
    areaM2,
    firstYear,
    status,
    lastYear,
    successors,
  };
}

/** References are never reused: they come from the scene number's sequence. */
async function nextSceneRef(tx: Tx): Promise<{ number: number; ref: string }> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Scene"', 'number')) AS n`;
  const number = Number(row!.n);
  return { number, ref: `S-${String(number).padStart(4, "0")}` };
}

export async function createScene(actor: Actor, input: CreateSceneInput): Promise<MutationResult<{ id: string; ref: string }>> {
  return db.$transaction(async (tx) => {
    const attributionErrors = await checkAttribution(tx, input, todayInSweden());
    if (attributionErrors) return { ok: false, fieldErrors: attributionErrors };
    const { number, ref } = await nextSceneRef(tx);
    const scene = await tx.scene.create({ data: { ...input, extent: input.extent as unknown as Prisma.InputJsonObject, number, ref } });
    const after = (await getSceneSnapshot(tx, scene.id))!;
    await recordAuditEvent(tx, actor, { type: "scene.created", entityType: "scene", entityId: scene.id, before: null, after });
    return { ok: true, value: { id: scene.id, ref } };
  });
}

/**
 * Applies a change to an active scene, starting from the version its author saw, and audits it.
 * A stale version is a conflict: the caller gets the user's input back, nothing is overwritten.
 */
async function changeActiveScene(
  actor: Actor,
  input: { id: string; version: number },
  type: "scene.updated" | "scene.closed" | "scene.merged" | "scene.split",
  apply: (tx: Tx, before: SceneSnapshot) => Promise<MutationResult<undefined> | null>,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const before = await getSceneSnapshot(tx, input.id);
    if (!before) return { ok: false, formError: messages.errors.notFoundText };
    const current = await tx.scene.findUniqueOrThrow({ where: { id: input.id }, select: { version: true } });
    if (current.version !== input.version) return { ok: false, conflict: true, formError: messages.form.conflict };
    if (before.status !== "ACTIVE") return { ok: false, formError: t.notActive };
    const refused = await apply(tx, before);
    if (refused) return refused;
    const { count } = await tx.scene.updateMany({ where: { id: input.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new Error("The scene changed during its own transaction");
    const after = (await getSceneSnapshot(tx, input.id))!;
    await recordAuditEvent(tx, actor, { type, entityType: "scene", entityId: input.id, before, after });
    return { ok: true, value: undefined };
  });
}

export function updateScene(actor: Actor, input: UpdateSceneInput): Promise<MutationResult> {
  const { id, version, ...data } = input;
  return changeActiveScene(actor, { id, version }, "scene.updated", async (tx) => {
    const attributionErrors = await checkAttribution(tx, data, todayInSweden());
    if (attributionErrors) return { ok: false, fieldErrors: attributionErrors };
    await tx.scene.update({ where: { id }, data: { ...data, extent: data.extent as unknown as Prisma.InputJsonObject } });
    return null;
  });
}

function checkLastYear(before: SceneSnapshot, lastYear: number): MutationResult<undefined> | null {
  return lastYear < before.firstYear ? { ok: false, fieldErrors: { lastYear: [t.lastYearBeforeFirst] } } : null;
}

export function closeScene(actor: Actor, input: CloseSceneInput): Promise<MutationResult> {
  return changeActiveScene(actor, input, "scene.closed", async (tx, before) => {
    const refused = checkLastYear(before, input.lastYear);
    if (refused) return refused;
    await tx.scene.update({ where: { id: input.id }, data: { status: "CLOSED", lastYear: input.lastYear } });
    return null;
  });
}

/** Ends a scene in favour of its successors (merged into one, or split into several). */
async function endInto(
  tx: Tx,
  input: { id: string; lastYear: number },
  targetIds: string[],
  allowed: string[],
  kind: "MERGED_INTO" | "SPLIT_INTO",
) {
  const targets = new Set(targetIds);
  if (targets.has(input.id) || ![...targets].every((id) => allowed.includes(id))) {
    return { ok: false as const, fieldErrors: { [kind === "MERGED_INTO" ? "targetId" : "targetIds"]: [t.targetInvalid] } };
  }
  await tx.scene.update({
    where: { id: input.id },
    data: { status: kind === "MERGED_INTO" ? "MERGED" : "SPLIT", lastYear: input.lastYear },
  });
  await tx.sceneLink.createMany({ data: [...targets].map((toId) => ({ fromId: input.id, toId, kind, year: input.lastYear })) });
  return null;
}

/** `allowedTargetIds`: the active scenes the actor may link to (in their scope). */
export function mergeScene(actor: Actor, input: MergeSceneInput, allowedTargetIds: string[]): Promise<MutationResult> {
  return changeActiveScene(actor, input, "scene.merged", async (tx, before) => {
    return checkLastYear(before, input.lastYear) ?? (await endInto(tx, input, [input.targetId], allowedTargetIds, "MERGED_INTO"));
  });
}

export function splitScene(actor: Actor, input: SplitSceneInput, allowedTargetIds: string[]): Promise<MutationResult> {
  return changeActiveScene(actor, input, "scene.split", async (tx, before) => {
    return checkLastYear(before, input.lastYear) ?? (await endInto(tx, input, input.targetIds, allowedTargetIds, "SPLIT_INTO"));
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SceneSnapshot } from "@/lib/audit/events";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { resolveAttribution, todayInSweden } from "./attribution";
import { lockActiveScenesInScope, lockSceneInScope } from "./scope";
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

/** Creates a scene where the actor may register one (checked again here, in the transaction). */
export async function createScene(actor: SessionUser, input: CreateSceneInput): Promise<MutationResult<{ id: string; ref: string }>> {
  return db.$transaction(async (tx) => {
    const attribution = await resolveAttribution(tx, actor, input, todayInSweden());
    if (!attribution.ok) return attribution;
    const { place, overrideComment } = attribution;
    if (!can(actor, "scene:create", place)) return { ok: false, fieldErrors: { policeAreaId: [t.policeAreaNotYours] } };
    const { number, ref } = await nextSceneRef(tx);
    const { name, description, lat, lng, extent, areaM2, firstYear } = input;
    const data = { name, description, lat, lng, areaM2, firstYear, ...place, extent: extent as unknown as Prisma.InputJsonObject };
    const scene = await tx.scene.create({ data: { ...data, number, ref } });
    const after = (await getSceneSnapshot(tx, scene.id))!;
    const event = { type: "scene.created", entityType: "scene", entityId: scene.id, before: null, after } as const;
    await recordAuditEvent(tx, actor, overrideComment ? { ...event, comment: overrideComment } : event);
    return { ok: true, value: { id: scene.id, ref } };
  });
}

/**
 * Applies a change to an active scene, from the version its author saw, and audits it. The row is
 * locked in the actor's scope and the permission checked again on it; a stale version is a
 * conflict: nothing is overwritten, and the caller gets the user's input back.
 */
async function changeActiveScene(
  actor: SessionUser,
  scene: { id: string; version: number },
  type: "scene.updated" | "scene.closed" | "scene.merged" | "scene.split",
  apply: (tx: Tx, before: SceneSnapshot) => Promise<MutationResult<undefined> | { comment: string } | null>,
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    const locked = await lockSceneInScope(tx, actor, scene.id);
    if (!locked || !can(actor, "scene:edit", locked)) return forbidden();
    if (locked.version !== scene.version) return conflict();
    if (locked.status !== "ACTIVE") return { ok: false, formError: t.notActive };
    const before = (await getSceneSnapshot(tx, scene.id))!;
    const outcome = await apply(tx, before);
    if (outcome && "ok" in outcome) return outcome;
    const { count } = await tx.scene.updateMany({ where: { id: scene.id, version: scene.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new Error("A locked scene changed within its own transaction");
    const after = (await getSceneSnapshot(tx, scene.id))!;
    const comment = outcome?.comment;
    await recordAuditEvent(tx, actor, { type, entityType: "scene", entityId: scene.id, before, after, ...(comment ? { comment } : {}) });
    return { ok: true, value: undefined };
  });
}

/** `scene`: the record the action authorized; `input.id` is not trusted for the write. */
export function updateScene(actor: SessionUser, scene: { id: string }, input: UpdateSceneInput): Promise<MutationResult> {
  const { name, description, lat, lng, extent, areaM2, firstYear } = input;
  return changeActiveScene(actor, { id: scene.id, version: input.version }, "scene.updated", async (tx) => {
    const attribution = await resolveAttribution(tx, actor, input, todayInSweden());
    if (!attribution.ok) return attribution;
    const data = { name, description, lat, lng, areaM2, firstYear, ...attribution.place };
    // Moving a scene needs the right to edit in its new area too.
    if (!can(actor, "scene:edit", data)) return { ok: false, fieldErrors: { policeAreaId: [t.policeAreaNotYours] } };
    await tx.scene.update({ where: { id: scene.id }, data: { ...data, extent: extent as unknown as Prisma.InputJsonObject } });
    return attribution.overrideComment ? { comment: attribution.overrideComment } : null;
  });
}

function checkLastYear(before: SceneSnapshot, lastYear: number): MutationResult<undefined> | null {
  return lastYear < before.firstYear ? { ok: false, fieldErrors: { lastYear: [t.lastYearBeforeFirst] } } : null;
}

export function closeScene(actor: SessionUser, scene: { id: string }, input: CloseSceneInput): Promise<MutationResult> {
  return changeActiveScene(actor, { id: scene.id, version: input.version }, "scene.closed", async (tx, before) => {
    const refused = checkLastYear(before, input.lastYear);
    if (refused) return refused;
    await tx.scene.update({ where: { id: scene.id }, data: { status: "CLOSED", lastYear: input.lastYear } });
    return null;
  });
}

/**
 * Ends a scene in favour of its successors (merged into one, or split into several): active
 * scenes in the actor's scope other than itself, locked so that none ends meanwhile.
 */
async function endInto(tx: Tx, actor: SessionUser, id: string, lastYear: number, targetIds: string[], kind: "MERGED_INTO" | "SPLIT_INTO") {
  const targets = [...new Set(targetIds)];
  if ((await lockActiveScenesInScope(tx, actor, targets, id)).length !== targets.length) {
    return { ok: false as const, fieldErrors: { [kind === "MERGED_INTO" ? "targetId" : "targetIds"]: [t.targetInvalid] } };
  }
  await tx.scene.update({ where: { id }, data: { status: kind === "MERGED_INTO" ? "MERGED" : "SPLIT", lastYear } });
  await tx.sceneLink.createMany({ data: targets.map((toId) => ({ fromId: id, toId, kind, year: lastYear })) });
  return null;
}

export function mergeScene(actor: SessionUser, scene: { id: string }, input: MergeSceneInput): Promise<MutationResult> {
  return changeActiveScene(actor, { id: scene.id, version: input.version }, "scene.merged", async (tx, before) => {
    return checkLastYear(before, input.lastYear) ?? (await endInto(tx, actor, scene.id, input.lastYear, [input.targetId], "MERGED_INTO"));
  });
}

export function splitScene(actor: SessionUser, scene: { id: string }, input: SplitSceneInput): Promise<MutationResult> {
  return changeActiveScene(actor, { id: scene.id, version: input.version }, "scene.split", async (tx, before) => {
    return checkLastYear(before, input.lastYear) ?? (await endInto(tx, actor, scene.id, input.lastYear, input.targetIds, "SPLIT_INTO"));
  });
}

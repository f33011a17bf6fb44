import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { Prisma, type SceneIndicator } from "@/lib/generated/prisma/client";
import { isEqualJson } from "@/lib/audit/diff";
import { recordAuditEvent, type Actor } from "@/lib/audit/record";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { conflict, forbidden, type MutationResult } from "@/lib/forms/mutation-result";
import { messages } from "@/lib/i18n";
import { lockSceneInScope } from "@/lib/scenes/scope";
import { listRefs, planIndicatorImport, readIndicatorCsv, type IndicatorImportIssue } from "./import";
import { toIsoDayOrNull as isoDay } from "@/lib/days";
import { listScenesByRef } from "./queries";
import type { IndicatorValue, SaveIndicatorInput } from "./schemas";
import type { IndicatorSnapshot } from "./snapshot";

// An indicator value is one row per scene, year and indicator. A value equal to the stored one is
// not written and not audited: saving or importing the same figures twice changes nothing.

type Tx = Prisma.TransactionClient;
type Outcome = "created" | "updated" | "unchanged";
type AuditedAs = { type: "indicator.saved" } | { type: "indicator.imported"; comment: string };

const t = messages.indicators;

/** A file of thousands of values takes a while on the embedded database. */
const IMPORT_TRANSACTION = { maxWait: 60_000, timeout: 10 * 60_000 };

const toDate = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

function columnsOf(v: IndicatorValue) {
  return {
    value: v.value,
    source: v.source,
    periodFrom: toDate(v.periodFrom),
    periodTo: toDate(v.periodTo),
    sampleSize: v.sampleSize ?? null,
  };
}

type Columns = ReturnType<typeof columnsOf> & { year: number; indicator: string };

function snapshotOf(sceneRef: string, row: Columns): IndicatorSnapshot {
  const { year, value, source, sampleSize } = row;
  const indicator = row.indicator as IndicatorSnapshot["indicator"];
  return { sceneRef, year, indicator, value, source, periodFrom: isoDay(row.periodFrom), periodTo: isoDay(row.periodTo), sampleSize };
}

/**
 * Writes a value over what is stored (null: nothing yet), with its audit event on the scene.
 * "conflict": the stored row changed since it was read.
 */
async function writeIndicator(
  tx: Tx,
  actor: Actor,
  scene: { id: string; ref: string },
  existing: SceneIndicator | null,
  input: IndicatorValue,
  audited: AuditedAs,
): Promise<Outcome | "conflict"> {
  const columns = columnsOf(input);
  const before = existing ? snapshotOf(scene.ref, existing) : null;
  const after = snapshotOf(scene.ref, { ...columns, year: input.year, indicator: input.indicator });
  if (before && isEqualJson(before, after)) return "unchanged";
  if (existing) {
    const { count } = await tx.sceneIndicator.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...columns, version: { increment: 1 } },
    });
    if (count === 0) return "conflict";
  } else {
    await tx.sceneIndicator.create({ data: { ...columns, sceneId: scene.id, year: input.year, indicator: input.indicator } });
  }
  await recordAuditEvent(tx, actor, { ...audited, entityType: "scene", entityId: scene.id, before, after });
  return existing ? "updated" : "created";
}

/**
 * Saves a scene's value for a year from the form. The scene is locked in the actor's scope and the
 * permission checked again on it. A new value names no version; a correction names the version the
 * user saw, and a stale one (or a value entered meanwhile by someone else) is a conflict, never a
 * silent overwrite.
 */
export async function saveIndicator(
  actor: SessionUser,
  scene: { id: string },
  input: SaveIndicatorInput,
): Promise<MutationResult<{ changed: boolean }>> {
  try {
    return await db.$transaction(async (tx): Promise<MutationResult<{ changed: boolean }>> => {
      const locked = await lockSceneInScope(tx, actor, scene.id);
      if (!locked || !can(actor, "indicator:edit", locked)) return forbidden();
      const key = { sceneId: locked.id, year: input.year, indicator: input.indicator };
      const existing = await tx.sceneIndicator.findUnique({ where: { sceneId_year_indicator: key } });
      if (existing && input.version === undefined) return { ok: false, conflict: true, formError: t.exists };
      if (existing?.version !== input.version) return conflict();
      const outcome = await writeIndicator(tx, actor, locked, existing, input, { type: "indicator.saved" });
      return outcome === "conflict" ? conflict() : { ok: true, value: { changed: outcome !== "unchanged" } };
    });
  } catch (error) {
    // Two people entering the same new value at once: the second one hits the unique key.
    if (isUniqueViolation(error)) return conflict();
    throw error;
  }
}

export type IndicatorImportSummary = Record<Outcome, number>;
export type IndicatorImportResult = { ok: true; summary: IndicatorImportSummary } | { ok: false; issues: IndicatorImportIssue[] };

const keyOf = (sceneId: string, year: number, indicator: string) => `${sceneId}\u0000${year}\u0000${indicator}`;

/**
 * Imports an indicator CSV: checks every line (the refs in one query) and writes nothing when one
 * is wrong; else writes the values in one transaction, a value replacing the stored one for the
 * same scene, year and indicator. `comment` names the channel and the file in the audit log.
 */
export async function importIndicators(text: string, source: { actor: Actor; comment: string }): Promise<IndicatorImportResult> {
  const read = readIndicatorCsv(text);
  return db.$transaction(async (tx): Promise<IndicatorImportResult> => {
    const scenes = await listScenesByRef(tx, listRefs(read.rows));
    const planned = planIndicatorImport(read, new Map(scenes.map((s) => [s.ref, s])));
    if (!planned.ok) return planned;

    const sceneIds = [...new Set(planned.plan.map((p) => p.sceneId))];
    const stored = await tx.sceneIndicator.findMany({ where: { sceneId: { in: sceneIds } } });
    const existing = new Map(stored.map((row) => [keyOf(row.sceneId, row.year, row.indicator), row]));
    const summary: IndicatorImportSummary = { created: 0, updated: 0, unchanged: 0 };
    for (const value of planned.plan) {
      const row = existing.get(keyOf(value.sceneId, value.year, value.indicator)) ?? null;
      const scene = { id: value.sceneId, ref: value.ref };
      const outcome = await writeIndicator(tx, source.actor, scene, row, value, { type: "indicator.imported", comment: source.comment });
      if (outcome === "conflict") throw new Error("An indicator value changed during its own import");
      summary[outcome] += 1;
    }
    return { ok: true, summary };
  }, IMPORT_TRANSACTION);
}

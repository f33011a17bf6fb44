import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { followedIn } from "@/lib/scenes/followed";
import { toIsoDayOrNull } from "@/lib/days";
import { sceneScope } from "@/lib/scenes/scope";
import { isIndicatorCode, type IndicatorCode } from "./codes";

type Tx = Prisma.TransactionClient;

/** A stored value as pages, components and the API read it: plain data, days as YYYY-MM-DD. */
export type SceneIndicatorRow = {
  year: number;
  indicator: IndicatorCode;
  value: number;
  source: string;
  periodFrom: string | null;
  periodTo: string | null;
  sampleSize: number | null;
  version: number;
};

// Read from here by lib/indicators/mutations.ts, which another branch is rewriting.

type StoredIndicator = Omit<SceneIndicatorRow, "indicator" | "periodFrom" | "periodTo"> & {
  indicator: string;
  periodFrom: Date | null;
  periodTo: Date | null;
};

function toRow({ year, indicator, value, source, periodFrom, periodTo, sampleSize, version }: StoredIndicator): SceneIndicatorRow[] {
  // A code no longer in INDICATORS (from an older release) is not shown rather than mislabelled.
  if (!isIndicatorCode(indicator)) return [];
  return [
    { year, indicator, value, source, periodFrom: toIsoDayOrNull(periodFrom), periodTo: toIsoDayOrNull(periodTo), sampleSize, version },
  ];
}

/** A scene's values, oldest year first. The caller has checked the scene is in the user's scope. */
export async function listSceneIndicators(sceneId: string): Promise<SceneIndicatorRow[]> {
  const rows = await db.sceneIndicator.findMany({ where: { sceneId }, orderBy: [{ year: "asc" }, { indicator: "asc" }] });
  return rows.flatMap(toRow);
}

export type YearIndicators = {
  sceneId: string;
  ref: string;
  name: string;
  municipalityCode: string;
  policeAreaId: string;
  values: Partial<Record<IndicatorCode, Omit<SceneIndicatorRow, "year" | "indicator" | "version">>>;
};

/**
 * The year's values per scene in the user's scope: every scene followed that year (those without
 * values show the gap) and any other scene with a value for it. In scene number order.
 */
export async function listIndicatorsForYear(user: SessionUser, year: number): Promise<YearIndicators[]> {
  const scenes = await db.scene.findMany({
    where: { AND: [sceneScope(user), { OR: [followedIn(year), { indicators: { some: { year } } }] }] },
    select: { id: true, ref: true, name: true, municipalityCode: true, policeAreaId: true, indicators: { where: { year } } },
    orderBy: { number: "asc" },
  });
  return scenes.map(({ id, indicators, ...scene }) => ({
    sceneId: id,
    ...scene,
    values: Object.fromEntries(
      indicators
        .flatMap(toRow)
        .map(({ indicator, value, source, periodFrom, periodTo, sampleSize }) => [
          indicator,
          { value, source, periodFrom, periodTo, sampleSize },
        ]),
    ),
  }));
}

/** The scenes of an import file's refs, in one query. */
export function listScenesByRef(tx: Tx, refs: string[]) {
  return tx.scene.findMany({ where: { ref: { in: refs } }, select: { id: true, ref: true } });
}

import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { getReadDb } from "@/lib/read-replica";
import { getLatestCompleteYear } from "@/lib/rounds/queries";
import { sceneScopeKey } from "@/lib/scenes/scope";
import { readThroughStatsCache } from "@/lib/stats/cache";
import {
  CUTS,
  MEASURES,
  MIN_SCENES,
  type Cut,
  type MeasureChange,
  type WhatWorks,
  type WhatWorksFilters,
  type WhatWorksRow,
} from "./schemas";
import { whatWorksSql, type WhatWorksRaw } from "./sql";

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 1000) / 1000;

function toMeasures(raw: WhatWorksRaw["measures"]): MeasureChange[] {
  return MEASURES.map((measure) => {
    const m = raw?.find((r) => r.measure === measure);
    const treated = { before: round(m?.t_before), after: round(m?.t_after), change: round(m?.t_change), scenes: m?.t_scenes ?? 0 };
    const comparison = { before: round(m?.c_before), after: round(m?.c_after), change: round(m?.c_change), scenes: m?.c_scenes ?? 0 };
    const difference = treated.change === null || comparison.change === null ? null : round(treated.change - comparison.change);
    return { measure, treated, comparison, difference, tooFew: treated.scenes < MIN_SCENES || comparison.scenes < MIN_SCENES };
  });
}

function toRow(r: WhatWorksRaw): WhatWorksRow {
  const treated = { share: round(r.ceased_t_share), scenes: Number(r.ceased_t_scenes) };
  const comparison = { share: round(r.ceased_c_share), scenes: Number(r.ceased_c_scenes) };
  return {
    key: r.key,
    interventions: Number(r.interventions),
    scenes: Number(r.scenes),
    measures: toMeasures(r.measures),
    ceased: { treated, comparison, tooFew: treated.scenes < MIN_SCENES || comparison.scenes < MIN_SCENES },
    effects: {
      positive: Number(r.positive),
      none: Number(r.no_effect),
      negative: Number(r.negative),
      unclear: Number(r.unclear),
      notEvaluated: Number(r.not_evaluated),
    },
  };
}

/** The groups of one cut, computed from scratch by the rules of docs/what-works.md. */
export async function listWhatWorksRows(
  user: SessionUser,
  cut: Cut,
  filters: WhatWorksFilters,
  latestYear: number,
): Promise<WhatWorksRow[]> {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<WhatWorksRaw[]>(whatWorksSql(user, cut, filters, latestYear));
  return rows.map(toRow);
}

/** "Vad fungerar" over the user's scope, computed once per change of the data (lib/stats/cache.ts). */
export function getWhatWorks(user: SessionUser, filters: WhatWorksFilters): Promise<WhatWorks> {
  const key = ["what-works", filters.from ?? "", filters.to ?? "", sceneScopeKey(user)];
  return readThroughStatsCache(key, async () => {
    // Before the first complete year nothing can be said to have ceased.
    const latestYear = (await getLatestCompleteYear(user)) ?? 0;
    const [byType, byActor, byActors] = await Promise.all(CUTS.map((cut) => listWhatWorksRows(user, cut, filters, latestYear)));
    return { from: filters.from, to: filters.to, minScenes: MIN_SCENES, byType: byType!, byActor: byActor!, byActors: byActors! };
  });
}

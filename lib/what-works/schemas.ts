import { z } from "@/lib/forms/zod";

// "Vad fungerar": the county's interventions grouped by type, by responsible actor and by
// combination of actors, each beside comparable scenes without them (a difference-in-differences,
// docs/what-works.md). Client-safe: the shapes the view, the exports and the API share.

/** Below this many scenes a figure is shown with "för få platser för att dra slutsatser". */
export const MIN_SCENES = 5;

/** The measures followed per group: the three indicators and, beside detected crime, the police's effort. */
export const MEASURES = ["violent_crimes", "detected_crimes", "unsafe_share", "police_actions"] as const;
export type Measure = (typeof MEASURES)[number];

export const CUTS = ["type", "actor", "actors"] as const;
export type Cut = (typeof CUTS)[number];

/** Before = mean of the two years before the start year, after = of the two years after it. */
export type Side = {
  before: number | null;
  after: number | null;
  /** Mean of (after − before) per scene, over the scenes with both windows. */
  change: number | null;
  scenes: number;
};

export type MeasureChange = {
  measure: Measure;
  treated: Side;
  comparison: Side;
  /** treated.change − comparison.change: the difference-in-differences. */
  difference: number | null;
  /** Either side rests on fewer than MIN_SCENES scenes. */
  tooFew: boolean;
};

export type CeasedShare = {
  /** Of the scenes counted in the start year (with two later years known), the share not counted two years later. */
  treated: { share: number | null; scenes: number };
  comparison: { share: number | null; scenes: number };
  tooFew: boolean;
};

export type EffectCounts = { positive: number; none: number; negative: number; unclear: number; notEvaluated: number };

export type WhatWorksRow = {
  /** A type code, an actor code, or actor codes joined by "+" (sorted). */
  key: string;
  interventions: number;
  scenes: number;
  measures: MeasureChange[];
  ceased: CeasedShare;
  effects: EffectCounts;
};

export type WhatWorks = {
  /** The start years included (inclusive); null when every year is. */
  from: number | null;
  to: number | null;
  minScenes: number;
  byType: WhatWorksRow[];
  byActor: WhatWorksRow[];
  byActors: WhatWorksRow[];
};

const yearParam = z.coerce.number().int().min(2000).max(2100);

/** `?fran=2022&till=2024` on the view, the exports and the API: the interventions' start years. */
export const whatWorksFiltersSchema = z
  .object({ fran: yearParam.optional().catch(undefined), till: yearParam.optional().catch(undefined) })
  .transform(({ fran, till }) => ({ from: fran ?? null, to: till ?? null }));
export type WhatWorksFilters = z.infer<typeof whatWorksFiltersSchema>;

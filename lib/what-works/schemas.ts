import { z } from "@/lib/forms/zod";
import { buildHref } from "@/lib/url/href";
import { yearParamField } from "@/lib/url/year";
import { plannedYears } from "@/lib/years";

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

/** The start years' query parameters, Swedish as the app's other parameters (`ar`). */
export const WHAT_WORKS_PARAMS = { from: "fran", to: "till" } as const;

// A start year as the interventions' own filter reads one: four digits up to next year.
const startYear = yearParamField(plannedYears);

/**
 * `?fran=2022&till=2024` on the view, the exports and the API: the interventions' start years,
 * inclusive. The view ignores a year it cannot read; the API and the exports refuse it (below).
 */
export const whatWorksFiltersSchema = z
  .object({ [WHAT_WORKS_PARAMS.from]: startYear, [WHAT_WORKS_PARAMS.to]: startYear })
  .transform(({ fran, till }) => ({ from: fran ?? null, to: till ?? null }));
export type WhatWorksFilters = z.infer<typeof whatWorksFiltersSchema>;

export type WhatWorksFiltersRead =
  { ok: true; filters: WhatWorksFilters } | { ok: false; problem: "year"; param: string } | { ok: false; problem: "order" };

/**
 * The API's and the exports' filters. Stricter than the view: a tool that sends a year the filter
 * cannot read (or sends one twice), or a range that ends before it starts, is told so rather than
 * handed every year, or none.
 */
export function readWhatWorksFilters(params: URLSearchParams): WhatWorksFiltersRead {
  const { from, to } = WHAT_WORKS_PARAMS;
  // Sent twice, a parameter reaches the schema as an array, which is no year.
  const value = (param: string) => (params.getAll(param).length > 1 ? params.getAll(param) : (params.get(param) ?? undefined));
  const filters = whatWorksFiltersSchema.parse({ [from]: value(from), [to]: value(to) });
  const unread = (param: string, year: number | null) => year === null && params.getAll(param).some((v) => v !== "");
  if (unread(from, filters.from)) return { ok: false, problem: "year", param: from };
  if (unread(to, filters.to)) return { ok: false, problem: "year", param: to };
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) return { ok: false, problem: "order" };
  return { ok: true, filters };
}

const toQuery = ({ from, to }: WhatWorksFilters) => ({ [WHAT_WORKS_PARAMS.from]: from, [WHAT_WORKS_PARAMS.to]: to });

/** The API's and the exports' links for the filters, relative to the app's origin. */
export const whatWorksPaths = (filters: WhatWorksFilters) => ({
  json: buildHref("/api/v1/what-works", toQuery(filters)),
  csv: buildHref("/api/v1/exports/what-works.csv", toQuery(filters)),
  xlsx: buildHref("/api/v1/exports/what-works.xlsx", toQuery(filters)),
});

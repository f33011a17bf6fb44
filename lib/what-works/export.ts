import type { ExportFormat } from "@/lib/exports/schemas";
import type { Cell, ExportTable } from "@/lib/exports/types";
import { messages } from "@/lib/i18n";
import { interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";
import { CUTS, type CeasedShare, type Cut, type MeasureChange, type WhatWorks, type WhatWorksFilters, type WhatWorksRow } from "./schemas";

// "Vad fungerar" as one flat table for Excel, R or pandas, the same for CSV and XLSX: one row per
// group and measure, in long form, so that a filter on Mått leaves one row per group. The group's
// own counts (interventions, scenes, judged effects) repeat on each of its rows. The share that
// had ceased is a row of its own: it has the same two sides, a difference and a too-few note.

const t = messages.whatWorks.export;

/** A row's figures: a measure's, or the ceased share's (its share as the change, before and after empty). */
type Figures = Omit<MeasureChange, "measure">;
type Line = { cut: Cut; row: WhatWorksRow; measure: string; figures: Figures };

const ROWS_OF: Record<Cut, "byType" | "byActor" | "byActors"> = { type: "byType", actor: "byActor", actors: "byActors" };

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The group's Swedish name: a type's or actor's label, a combination's labels joined by " + ". */
export function groupLabel(cut: Cut, key: string): string {
  if (cut === "type") return interventionTypeLabel(key);
  if (cut === "actor") return interventionActorLabel(key);
  return key.split("+").map(interventionActorLabel).join(t.actorsJoint);
}

function ceasedFigures({ treated, comparison, tooFew }: CeasedShare): Figures {
  const side = (s: CeasedShare["treated"]) => ({ before: null, after: null, change: s.share, scenes: s.scenes });
  const difference = treated.share === null || comparison.share === null ? null : round(treated.share - comparison.share);
  return { treated: side(treated), comparison: side(comparison), difference, tooFew };
}

function linesOf(cut: Cut, row: WhatWorksRow): Line[] {
  return [
    ...row.measures.map(({ measure, ...figures }) => ({ cut, row, measure: t.measures[measure], figures })),
    { cut, row, measure: t.ceased, figures: ceasedFigures(row.ceased) },
  ];
}

const columns: { key: keyof typeof t.headers; value: (line: Line) => Cell }[] = [
  { key: "cut", value: (l) => t.cuts[l.cut] },
  { key: "group", value: (l) => groupLabel(l.cut, l.row.key) },
  { key: "interventions", value: (l) => l.row.interventions },
  { key: "scenes", value: (l) => l.row.scenes },
  { key: "measure", value: (l) => l.measure },
  { key: "before", value: (l) => l.figures.treated.before },
  { key: "after", value: (l) => l.figures.treated.after },
  { key: "change", value: (l) => l.figures.treated.change },
  { key: "treatedScenes", value: (l) => l.figures.treated.scenes },
  { key: "comparisonBefore", value: (l) => l.figures.comparison.before },
  { key: "comparisonAfter", value: (l) => l.figures.comparison.after },
  { key: "comparisonChange", value: (l) => l.figures.comparison.change },
  { key: "comparisonScenes", value: (l) => l.figures.comparison.scenes },
  { key: "difference", value: (l) => l.figures.difference },
  { key: "note", value: (l) => (l.figures.tooFew ? t.tooFew : null) },
  { key: "positive", value: (l) => l.row.effects.positive },
  { key: "none", value: (l) => l.row.effects.none },
  { key: "negative", value: (l) => l.row.effects.negative },
  { key: "unclear", value: (l) => l.row.effects.unclear },
  { key: "notEvaluated", value: (l) => l.row.effects.notEvaluated },
];

/** The table of every cut's groups, in the order of the view: by type, by actor, by combination. */
export function buildWhatWorksTable(whatWorks: WhatWorks): ExportTable {
  const lines = CUTS.flatMap((cut) => whatWorks[ROWS_OF[cut]].flatMap((row) => linesOf(cut, row)));
  return {
    columns: columns.map(({ key }) => ({ key: t.headers[key], description: t.descriptions[key] })),
    rows: lines.map((line) => columns.map((c) => c.value(line))),
  };
}

/** What the workbook says before its figures: the start years, the scope and the too-few rule. */
export function describeWhatWorks(whatWorks: WhatWorks): string[] {
  return [
    t.about.years(whatWorks.from, whatWorks.to),
    t.about.scope,
    t.about.minScenes(whatWorks.minScenes),
    t.about.detected,
    t.about.columns,
  ];
}

/** `what-works.csv`, or with the start years asked for: `what-works-fran-2022-till-2024.xlsx`. */
export function whatWorksFileName({ from, to }: WhatWorksFilters, format: ExportFormat): string {
  const years = `${from === null ? "" : `-fran-${from}`}${to === null ? "" : `-till-${to}`}`;
  return `what-works${years}.${format}`;
}

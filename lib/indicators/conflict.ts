import "server-only";
import { listDifferences, type ConflictField } from "@/lib/forms/conflict";
import { messages } from "@/lib/i18n";
import { formatIndicatorValue } from "./format";
import { listSceneIndicators } from "./queries";
import type { SaveIndicatorInput } from "./schemas";

const t = messages.indicators;

/** The value stored now for the scene, year and indicator, beside what the user sent. */
export async function describeIndicatorConflict(scene: { id: string }, input: SaveIndicatorInput): Promise<ConflictField[]> {
  const stored = (await listSceneIndicators(scene.id)).find((r) => r.year === input.year && r.indicator === input.indicator);
  if (!stored) return [];
  const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? "–" : String(v));
  return listDifferences([
    {
      label: t.value,
      stored: formatIndicatorValue(stored.indicator, stored.value),
      submitted: formatIndicatorValue(input.indicator, input.value),
    },
    { label: t.source, stored: stored.source, submitted: input.source },
    { label: t.periodFrom, stored: text(stored.periodFrom), submitted: text(input.periodFrom) },
    { label: t.periodTo, stored: text(stored.periodTo), submitted: text(input.periodTo) },
    { label: t.sampleSize, stored: text(stored.sampleSize), submitted: text(input.sampleSize) },
  ]);
}

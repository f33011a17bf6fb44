import "server-only";
import { db } from "@/lib/db";
import { currentYear } from "@/lib/years";
import { compareBeforeAfter, type Comparison } from "./before-after";

export type TimelineYear = {
  year: number;
  status: string | null;
  isOpenDrugScene: boolean | null;
  areaM2: number | null;
  indicators: Record<string, number>;
  interventions: { id: string; type: string }[];
};

export type InterventionFollowUp = {
  id: string;
  type: string;
  actor: string;
  startDate: Date;
  endDate: Date | null;
  effect: string | null;
  comparison: Comparison[];
};

/**
 * A scene's follow-up: year by year its classification, extent area, indicators and the
 * interventions under way; and for each intervention the indicators before and after it.
 */
export async function getSceneFollowUp(scene: { id: string; firstYear: number; lastYear: number | null }) {
  const [assessments, indicators, interventions] = await Promise.all([
    db.assessment.findMany({ where: { sceneId: scene.id }, select: { year: true, status: true, isOpenDrugScene: true, areaM2: true } }),
    db.sceneIndicator.findMany({ where: { sceneId: scene.id }, select: { year: true, indicator: true, value: true } }),
    db.intervention.findMany({
      where: { sceneId: scene.id },
      select: { id: true, type: true, actor: true, startDate: true, endDate: true, effect: true },
      orderBy: { startDate: "asc" },
    }),
  ]);
  const lastYear = Math.max(scene.lastYear ?? currentYear(), ...indicators.map((i) => i.year));
  const years: TimelineYear[] = [];
  for (let year = scene.firstYear; year <= lastYear; year++) {
    const a = assessments.find((x) => x.year === year);
    years.push({
      year,
      status: a?.status ?? null,
      isOpenDrugScene: a?.isOpenDrugScene ?? null,
      areaM2: a?.areaM2 ?? null,
      indicators: Object.fromEntries(indicators.filter((i) => i.year === year).map((i) => [i.indicator, i.value])),
      interventions: interventions
        .filter((i) => i.startDate.getUTCFullYear() <= year && (!i.endDate || i.endDate.getUTCFullYear() >= year))
        .map(({ id, type }) => ({ id, type })),
    });
  }
  const followUps: InterventionFollowUp[] = interventions.map((i) => ({
    ...i,
    comparison: compareBeforeAfter(indicators, i.startDate.getUTCFullYear()),
  }));
  return { years, followUps };
}

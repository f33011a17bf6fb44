import type { PrismaClient } from "@/lib/generated/prisma/client";
import { demoInterventions, policeInterventionYear, startedIn } from "./demo-interventions";
import { jitter } from "./demo-random";
import { demoScenes, ref } from "./demo-scenes";

// Demo indicators (2021–2025) and interventions for the demo scenes, so that the follow-up views,
// the sub-goal panels and "Vad fungerar" have content. The figures are invented but plausible:
// violent crime and the unsafe share fall slowly everywhere, and after 2023 clearly faster where
// situational prevention began that year (demo-interventions.ts tells the whole story).

const FIRST_YEAR = 2021;
const LAST_YEAR = 2025;
/** The start year of most interventions: its two years before and two after are all known. */
const START_YEAR = 2023;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, step) => FIRST_YEAR + step);

/** 2021 levels: reported violent crimes, detected crimes, share feeling unsafe. */
const base: Record<string, { violent: number; detected: number; unsafe: number }> = {
  "S-0001": { violent: 40, detected: 60, unsafe: 0.46 },
  "S-0002": { violent: 30, detected: 38, unsafe: 0.41 },
  "S-0003": { violent: 25, detected: 31, unsafe: 0.38 },
  "S-0005": { violent: 18, detected: 22, unsafe: 0.33 },
  "S-0006": { violent: 9, detected: 12, unsafe: 0.27 },
  "S-0007": { violent: 35, detected: 70, unsafe: 0.36 },
  "S-0009": { violent: 14, detected: 25, unsafe: 0.29 },
  "S-0010": { violent: 28, detected: 34, unsafe: 0.44 },
  "S-0011": { violent: 22, detected: 26, unsafe: 0.4 },
  "S-0012": { violent: 24, detected: 20, unsafe: 0.47 },
  "S-0013": { violent: 19, detected: 24, unsafe: 0.35 },
  "S-0014": { violent: 32, detected: 40, unsafe: 0.5 },
  "S-0015": { violent: 26, detected: 30, unsafe: 0.45 },
  "S-0016": { violent: 15, detected: 18, unsafe: 0.34 },
  "S-0017": { violent: 21, detected: 28, unsafe: 0.42 },
  "S-0018": { violent: 27, detected: 22, unsafe: 0.48 },
  "S-0019": { violent: 12, detected: 16, unsafe: 0.3 },
  "S-0020": { violent: 16, detected: 14, unsafe: 0.32 },
};

/** The first demo scenes keep their even trend, which the end-to-end tests read (S-0002: 28, 25, …, 20). */
const steady = new Set(demoScenes.map((s) => ref(s.number)));

/** What followed a 2023 intervention, from 2024: violent crimes × factor, unsafe share − drop. */
function afterStart(sceneRef: string): { violent: number; unsafe: number } {
  if (startedIn(sceneRef, "situational_prevention", START_YEAR)) return { violent: 0.6, unsafe: 0.12 };
  // About as much as the comparable counted scenes, among which are the situational prevention's.
  if (startedIn(sceneRef, "social_outreach", START_YEAR)) return { violent: 0.72, unsafe: 0.06 };
  return { violent: 1, unsafe: 0 };
}

function valuesFor(sceneRef: string, year: number) {
  const b = base[sceneRef]!;
  const step = year - FIRST_YEAR;
  const after = year > START_YEAR ? afterStart(sceneRef) : { violent: 1, unsafe: 0 };
  // Police work at the scene finds more drug offences from the year after it began.
  const policed = (policeInterventionYear(sceneRef) ?? Infinity) < year ? 1.3 : 1;
  const noise = (indicator: string, spread: number) => (steady.has(sceneRef) ? 1 : jitter(`${sceneRef}:${indicator}:${year}`, spread));
  const unsafe = (b.unsafe - 0.02 * step - after.unsafe) * noise("unsafe_share", 0.04);
  return {
    violent_crimes: Math.max(2, Math.round(b.violent * (1 - 0.08 * step) * after.violent * noise("violent_crimes", 0.08))),
    detected_crimes: Math.round(b.detected * (1 + 0.1 * step) * policed * noise("detected_crimes", 0.08)),
    unsafe_share: Math.round(Math.min(0.6, Math.max(0.1, unsafe)) * 100) / 100,
  };
}

export async function seedDemoOutcomes(db: PrismaClient): Promise<void> {
  const scenes = await db.scene.findMany({
    where: { ref: { in: [...Object.keys(base), ...demoInterventions.map((i) => i.ref)] } },
    select: { id: true, ref: true },
  });
  const id = new Map(scenes.map((s) => [s.ref, s.id]));
  const indicators = Object.keys(base).flatMap((ref) =>
    YEARS.flatMap((year) =>
      Object.entries(valuesFor(ref, year)).map(([indicator, value]) => ({
        sceneId: id.get(ref)!,
        year,
        indicator,
        value,
        source:
          indicator === "unsafe_share" ? `Polisens trygghetsmätning ${year}` : `Polisens brottsstatistik, 200 m runt platsen, ${year}`,
        periodFrom: new Date(`${year}-01-01T00:00:00Z`),
        periodTo: new Date(`${year}-12-31T00:00:00Z`),
        sampleSize: indicator === "unsafe_share" ? 380 + (year - FIRST_YEAR) * 10 : null,
      })),
    ),
  );
  await db.$transaction(
    async (tx) => {
      // Replaced whole, in two statements rather than an upsert per value: every test of the demo seeds it.
      await tx.sceneIndicator.deleteMany({
        where: { sceneId: { in: [...new Set(indicators.map((i) => i.sceneId))] }, year: { gte: FIRST_YEAR, lte: LAST_YEAR } },
      });
      await tx.sceneIndicator.createMany({ data: indicators });
      await tx.intervention.deleteMany({ where: { sceneId: { in: scenes.map((s) => s.id) } } });
      await tx.intervention.createMany({
        data: demoInterventions.map((i) => ({
          sceneId: id.get(i.ref)!,
          type: i.type,
          actor: i.actor,
          startDate: new Date(`${i.start}T00:00:00Z`),
          endDate: i.end ? new Date(`${i.end}T00:00:00Z`) : null,
          description: i.description,
          effect: i.effect ?? null,
          evaluation: i.evaluation ?? null,
          evaluatedAt: i.effect ? new Date(`${Number(i.start.slice(0, 4)) + 1}-06-01T00:00:00Z`) : null,
        })),
      });
    },
    { timeout: 60_000 },
  );
}

/** Two types' methods as an admin would describe them: the view shows them beside the figures. */
const typeDescriptions = [
  {
    type: "situational_prevention",
    description:
      "Platsen görs mindre attraktiv för handel: bättre belysning, siktlinjer, borttagna gömställen och ombyggda entréer, planerat tillsammans med fastighetsägaren.",
  },
  {
    type: "social_outreach",
    description: "Fältassistenter och socialtjänst möter de som vistas på platsen regelbundet och slussar vidare till stöd och behandling.",
  },
];

/** Added once: an admin's later edit survives the next seeding. */
export async function seedDemoTypeDescriptions(db: PrismaClient): Promise<void> {
  await db.interventionTypeDescription.createMany({ data: typeDescriptions, skipDuplicates: true });
}

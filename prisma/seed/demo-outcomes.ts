import type { PrismaClient } from "@/lib/generated/prisma/client";

// Demo indicators (2021–2025) and a few interventions for the demo scenes, so that the follow-up
// views and the sub-goal panels have content. The figures are invented but plausible.

const base: Record<string, { violent: number; detected: number; unsafe: number }> = {
  "S-0001": { violent: 42, detected: 60, unsafe: 0.46 },
  "S-0002": { violent: 30, detected: 38, unsafe: 0.41 },
  "S-0003": { violent: 25, detected: 31, unsafe: 0.38 },
  "S-0005": { violent: 18, detected: 22, unsafe: 0.33 },
  "S-0006": { violent: 9, detected: 12, unsafe: 0.27 },
  "S-0007": { violent: 35, detected: 70, unsafe: 0.36 },
  "S-0009": { violent: 14, detected: 25, unsafe: 0.29 },
};

const interventions = [
  {
    ref: "S-0001",
    type: "camera_surveillance",
    actor: "police",
    start: "2023-03-01",
    end: null,
    description: "Kamerabevakning av torget och uppgångarna till tunnelbanan.",
    effect: "positive",
    evaluation: "Färre våldsbrott kvällstid; fler upptäckta narkotikabrott de första månaderna.",
  },
  {
    ref: "S-0001",
    type: "social_outreach",
    actor: "municipality",
    start: "2024-02-01",
    end: "2025-06-30",
    description: "Fältassistenter kvällar och helger.",
    effect: null,
    evaluation: null,
  },
  {
    ref: "S-0007",
    type: "situational_prevention",
    actor: "municipality",
    start: "2022-09-01",
    end: "2022-12-15",
    description: "Ny belysning och gallring av buskage mot Björns trädgård.",
    effect: "unclear",
    evaluation: "Tryggheten ökade något, men försäljningen flyttade delvis till parken.",
  },
  {
    ref: "S-0005",
    type: "property_owner_measures",
    actor: "property_owner",
    start: "2024-01-15",
    end: null,
    description: "Fastighetsägaren stänger passagen nattetid och har väktare.",
    effect: null,
    evaluation: null,
  },
] as const;

export async function seedDemoOutcomes(db: PrismaClient): Promise<void> {
  const scenes = await db.scene.findMany({
    where: { ref: { in: [...Object.keys(base), ...interventions.map((i) => i.ref)] } },
    select: { id: true, ref: true },
  });
  const id = new Map(scenes.map((s) => [s.ref, s.id]));
  await db.$transaction(
    async (tx) => {
      for (const [ref, b] of Object.entries(base)) {
        for (let year = 2021; year <= 2025; year++) {
          const step = year - 2021;
          const values = {
            violent_crimes: Math.max(0, Math.round(b.violent * (1 - 0.08 * step))),
            detected_crimes: Math.round(b.detected * (1 + 0.1 * step)),
            unsafe_share: Math.round((b.unsafe - 0.02 * step) * 100) / 100,
          };
          for (const [indicator, value] of Object.entries(values)) {
            const data = {
              value,
              source:
                indicator === "unsafe_share"
                  ? `Polisens trygghetsmätning ${year}`
                  : `Polisens brottsstatistik, 200 m runt platsen, ${year}`,
              periodFrom: new Date(`${year}-01-01T00:00:00Z`),
              periodTo: new Date(`${year}-12-31T00:00:00Z`),
              sampleSize: indicator === "unsafe_share" ? 380 + step * 10 : null,
            };
            const sceneId = id.get(ref)!;
            await tx.sceneIndicator.upsert({
              where: { sceneId_year_indicator: { sceneId, year, indicator } },
              create: { sceneId, year, indicator, ...data },
              update: data,
            });
          }
        }
      }
      await tx.intervention.deleteMany({ where: { sceneId: { in: scenes.map((s) => s.id) } } });
      for (const i of interventions) {
        await tx.intervention.create({
          data: {
            sceneId: id.get(i.ref)!,
            type: i.type,
            actor: i.actor,
            startDate: new Date(`${i.start}T00:00:00Z`),
            endDate: i.end ? new Date(`${i.end}T00:00:00Z`) : null,
            description: i.description,
            effect: i.effect,
            evaluation: i.evaluation,
            evaluatedAt: i.effect ? new Date(`${Number(i.start.slice(0, 4)) + 1}-06-01T00:00:00Z`) : null,
          },
        });
      }
    },
    { timeout: 60_000 },
  );
}

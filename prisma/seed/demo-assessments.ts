import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { answersFor, substances } from "./demo-answers";

// Demo assessments for the demo scenes, 2021–2026, in every state of the workflow, with their
// signatures and audit events, so that the work lists and history pages have content.

type State = "DRAFT" | "SUBMITTED" | "RETURNED" | "COSIGNED";

/** This year's state per demo scene; earlier years are co-signed. Missing: not started yet. */
const thisYear: Record<string, State | undefined> = {
  "S-0001": "DRAFT",
  "S-0002": "SUBMITTED",
  "S-0003": "RETURNED",
  "S-0005": "COSIGNED",
  "S-0007": "SUBMITTED",
};
const YEAR = 2026;

/** Järva's districts before the 2023 merger. */
const formerDistrict: Record<string, string> = {
  "S-0001": "Rinkeby-Kista",
  "S-0002": "Spånga-Tensta",
  "S-0003": "Rinkeby-Kista",
  "S-0004": "Rinkeby-Kista",
};

/** How a demo scene's area grows from year to year (2024 as drawn on the scene). */
export const areaFactor = (year: number) => 1 + (year - 2024) * 0.05;

const round6 = (value: number) => Number(value.toFixed(6));

/**
 * The extent as drawn that year: the scene's rectangle about its point, its area scaled like the
 * year's areaM2, and its shape alternating (wider in even years, taller in odd ones), so that a
 * year's outline and the year before's differ on the co-signer's map as they would in real life.
 */
export function extentIn(extent: unknown, center: { lat: number; lng: number }, year: number): unknown {
  if (!extent) return extent;
  const scale = Math.sqrt(areaFactor(year));
  const stretch = year % 2 === 0 ? 1.15 : 1 / 1.15;
  const [sx, sy] = [scale * stretch, scale / stretch];
  const { coordinates } = extent as { coordinates: [number, number][][] };
  return {
    type: "Polygon",
    coordinates: coordinates.map((ring) =>
      ring.map(([lng, lat]) => [round6(center.lng + (lng - center.lng) * sx), round6(center.lat + (lat - center.lat) * sy)]),
    ),
  };
}

type Demo = {
  users: Map<string, { id: string; email: string; name: string; role: "POLICE_ANALYST" | "MUNICIPAL_REP" }>;
  districts: Map<string, string>;
};

async function seedOne(
  tx: Prisma.TransactionClient,
  demo: Demo,
  scene: {
    id: string;
    ref: string;
    firstYear: number;
    lastYear: number | null;
    status: string;
    lat: number;
    lng: number;
    municipalityCode: string;
    policeAreaId: string;
    districtId: string | null;
    extent: unknown;
    areaM2: number | null;
    policeArea: { name: string };
  },
  year: number,
) {
  const state: State | undefined = year === YEAR ? thisYear[scene.ref] : "COSIGNED";
  if (!state) return;
  const ending = scene.lastYear === year ? (scene.status === "MERGED" ? "merged" : "ceased") : null;
  const district = year <= 2022 && formerDistrict[scene.ref] ? demo.districts.get(formerDistrict[scene.ref]!)! : scene.districtId;
  const answers = answersFor(scene.ref, year, scene.firstYear, ending) as Prisma.InputJsonObject;
  const data = {
    status: state,
    answers,
    isOpenDrugScene: !ending,
    development: (answers as { development: string }).development,
    mainSubstance: ending ? null : (substances[scene.ref] ?? "cannabis"),
    extent: extentIn(scene.extent, scene, year) as Prisma.InputJsonObject,
    areaM2: scene.areaM2 === null ? null : Math.round(scene.areaM2 * areaFactor(year)),
    municipalityCode: scene.municipalityCode,
    policeAreaId: scene.policeAreaId,
    districtId: district,
    submittedAt: state === "DRAFT" ? null : new Date(`${year}-10-01T09:00:00Z`),
    cosignedAt: state === "COSIGNED" ? new Date(`${year}-10-15T13:00:00Z`) : null,
  };
  const a = await tx.assessment.upsert({
    where: { sceneId_year: { sceneId: scene.id, year } },
    create: { sceneId: scene.id, year, ...data },
    update: data,
  });
  await tx.assessmentSignature.deleteMany({ where: { assessmentId: a.id } });
  await tx.auditEvent.deleteMany({ where: { entityType: "assessment", entityId: a.id } });
  const analyst = demo.users.get(
    scene.policeArea.name === "Järfälla"
      ? "polis.jarfalla@demo.test"
      : scene.policeArea.name === "Södermalm"
        ? "polis.sodermalm@demo.test"
        : "polis.jarva@demo.test",
  )!;
  const rep = demo.users.get(scene.municipalityCode === "0123" ? "kommun.jarfalla@demo.test" : "kommun.stockholm@demo.test")!;
  const steps: { who: typeof analyst; decision: "SUBMITTED" | "RETURNED" | "COSIGNED"; at: string; comment?: string }[] = [];
  if (state !== "DRAFT") steps.push({ who: analyst, decision: "SUBMITTED", at: `${year}-10-01T09:00:00Z` });
  if (state === "RETURNED")
    steps.push({
      who: rep,
      decision: "RETURNED",
      at: `${year}-10-08T10:30:00Z`,
      comment: "Beskriv samverkan med fastighetsägaren tydligare och kontrollera utbredningen mot torget.",
    });
  if (state === "COSIGNED") steps.push({ who: rep, decision: "COSIGNED", at: `${year}-10-15T13:00:00Z` });
  const snapshot = {
    sceneRef: scene.ref,
    year,
    answers,
    extent: data.extent,
    areaM2: data.areaM2,
    municipalityCode: data.municipalityCode,
    policeAreaId: data.policeAreaId,
    districtId: data.districtId,
  };
  await tx.auditEvent.create({
    data: {
      at: new Date(`${year}-09-20T08:00:00Z`),
      actorId: analyst.id,
      actorEmail: analyst.email,
      type: "assessment.created",
      entityType: "assessment",
      entityId: a.id,
      after: { ...snapshot, status: "DRAFT" },
    },
  });
  let status: State = "DRAFT";
  for (const step of steps) {
    await tx.assessmentSignature.create({
      data: {
        assessmentId: a.id,
        userId: step.who.id,
        userName: step.who.name,
        role: step.who.role,
        decision: step.decision,
        comment: step.comment ?? null,
        at: new Date(step.at),
      },
    });
    const type = { SUBMITTED: "assessment.submitted", RETURNED: "assessment.returned", COSIGNED: "assessment.cosigned" }[step.decision];
    const next = step.decision as State;
    await tx.auditEvent.create({
      data: {
        at: new Date(step.at),
        actorId: step.who.id,
        actorEmail: step.who.email,
        type,
        entityType: "assessment",
        entityId: a.id,
        before: { ...snapshot, status },
        after: { ...snapshot, status: next },
        comment: step.comment ?? null,
      },
    });
    status = next;
  }
}

export async function seedDemoAssessments(db: PrismaClient): Promise<void> {
  const users = await db.user.findMany({
    where: { email: { endsWith: "@demo.test" } },
    select: { id: true, email: true, name: true, role: true },
  });
  const districts = await db.district.findMany({ select: { id: true, name: true } });
  const demo: Demo = {
    users: new Map(
      users.map((u) => [u.email, { id: u.id, email: u.email, name: u.name, role: u.role as "POLICE_ANALYST" | "MUNICIPAL_REP" }]),
    ),
    districts: new Map(districts.map((d) => [d.name, d.id])),
  };
  const scenes = await db.scene.findMany({
    where: { ref: { startsWith: "S-000" } },
    include: { policeArea: { select: { name: true } } },
    orderBy: { number: "asc" },
  });
  await db.$transaction(
    async (tx) => {
      for (const scene of scenes) {
        for (let year = scene.firstYear; year <= Math.min(scene.lastYear ?? YEAR, YEAR); year++) await seedOne(tx, demo, scene, year);
      }
    },
    { timeout: 120_000 },
  );
  await seedDemoRounds(db);
}

/**
 * The rounds: last year's closed once everything was co-signed, this year's open with a deadline
 * in December, so that the dashboard shows a complete 2025 and a 2026 in progress.
 */
async function seedDemoRounds(db: PrismaClient): Promise<void> {
  const rounds = [
    {
      year: YEAR - 1,
      deadline: new Date(`${YEAR - 1}-12-19T00:00:00Z`),
      openedAt: new Date(`${YEAR - 1}-09-01T08:00:00Z`),
      closedAt: new Date(`${YEAR}-01-15T08:00:00Z`),
    },
    { year: YEAR, deadline: new Date(`${YEAR}-12-18T00:00:00Z`), openedAt: new Date(`${YEAR}-09-01T08:00:00Z`), closedAt: null },
  ];
  for (const round of rounds) await db.assessmentRound.upsert({ where: { year: round.year }, create: round, update: round });
}

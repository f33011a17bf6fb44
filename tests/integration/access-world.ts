import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { seedDemoScenes } from "@/prisma/seed/demo-scenes";
import { createTestUser, getPoliceAreaId, resetDatabase } from "./helpers";
import { createAssessmentIn } from "./assessment-fixtures";
import { squareAround } from "./scene-fixtures";

// The world the access matrix runs in: two sides of the county and everyone who could act on them.
// Side A is LPO Järva in Stockholm city (0180), side B LPO Järfälla in Järfälla (0123).

export const ROLES = ["analystA", "analystB", "repA", "repB", "steering", "admin", "nobody"] as const;
export type RoleName = (typeof ROLES)[number];
export type Side = "A" | "B";

export const YEAR = new Date().getFullYear();

/** Each side's scenes: the one acted on, and active scenes to merge or split it into. */
const SIDE_REFS = { A: { scene: "S-0001", targets: ["S-0002", "S-0003"] }, B: { scene: "S-0005", targets: ["S-0006", "S-0010"] } };

export type World = {
  users: Record<Exclude<RoleName, "nobody">, SessionUser> & { subject: SessionUser };
  scene: Record<Side, { id: string; ref: string }>;
  targets: Record<Side, string[]>;
};

async function addThirdJarfallaScene(): Promise<void> {
  const [lat, lng] = [59.4315, 17.8385];
  await db.scene.create({
    data: {
      number: 10,
      ref: "S-0010",
      name: "Viksjö centrum",
      municipalityCode: "0123",
      policeAreaId: await getPoliceAreaId("Järfälla"),
      lat,
      lng,
      extent: JSON.parse(squareAround(lat, lng)) as object,
      areaM2: 12_000,
      firstYear: 2023,
    },
  });
  // Numbered by hand, like the demo scenes: the sequence must not hand out 10 again.
  await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"Scene"', 'number'), (SELECT max(number) FROM "Scene"))`;
}

export async function createWorld(): Promise<World> {
  await resetDatabase();
  await seedDemoScenes(db);
  await addThirdJarfallaScene();
  const users = {
    analystA: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }),
    analystB: await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }),
    repA: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }),
    repB: await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" }),
    steering: await createTestUser("STEERING"),
    admin: await createTestUser("ADMIN"),
    subject: await createTestUser("STEERING"),
  };
  const idOf = async (ref: string) => (await db.scene.findUniqueOrThrow({ where: { ref } })).id;
  const side = async (s: Side) => ({ id: await idOf(SIDE_REFS[s].scene), ref: SIDE_REFS[s].scene });
  return {
    users,
    scene: { A: await side("A"), B: await side("B") },
    targets: { A: await Promise.all(SIDE_REFS.A.targets.map(idOf)), B: await Promise.all(SIDE_REFS.B.targets.map(idOf)) },
  };
}

/** An assessment of the side's scene for this year, in the given state. */
export const addAssessment = (world: World, side: Side, status: "DRAFT" | "SUBMITTED" | "COSIGNED") =>
  createAssessmentIn(status, world.scene[side].ref, { development: "unchanged" });

export async function addIntervention(world: World, side: Side) {
  return db.intervention.create({
    data: {
      sceneId: world.scene[side].id,
      type: "police_presence",
      actor: "police",
      startDate: new Date("2024-03-01T00:00:00Z"),
      description: "Förstärkt närvaro kvällstid.",
    },
  });
}

const TABLES = [
  "AssessmentRound",
  "Notification",
  "Scene",
  "SceneLink",
  "Assessment",
  "AssessmentSignature",
  "QuestionnaireVersion",
  "SceneIndicator",
  "Intervention",
  "InterventionTypeDescription",
  "User",
  "UserPoliceArea",
  "PersonalAccessToken",
  "AuditEvent",
];

/** A fingerprint of every table an action could write: equal before and after means unchanged. */
export async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${table}" t`,
    );
    parts.push(`${table}:${row!.n}:${row!.h}`);
  }
  return parts.join("\n");
}

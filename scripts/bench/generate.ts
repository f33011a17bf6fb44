import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/tokens/token";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createMissingQuestionnaires, createSyntheticAreas, listPlaces } from "./areas";
import { createRandom } from "./random";
import { createScenesAndAssessments } from "./scenes";

// The benchmark's data set, from an empty migrated database: the county's reference data, the
// synthetic national areas, scenes and assessments, and the STEERING user the requests run as.

export type GenerateOptions = { scenes: number; years: number; lastYear: number; seed: number };

export type Generated = {
  user: SessionUser;
  /** A personal access token of the user, for the API. */
  token: string;
  /** A server-side session of the user, for the dashboard's session cookie. */
  sessionId: string;
  counts: { municipalities: number; policeAreas: number; coverages: number; scenes: number; assessments: number };
  seconds: number;
};

async function createSteeringUser(db: PrismaClient): Promise<{ user: SessionUser; token: string; sessionId: string }> {
  const row = await db.user.create({
    // Not a password hash: nobody can sign in as this user; the benchmark mints its session.
    data: { email: "styrgrupp@bench.test", name: "Styrgrupp (benchmark)", passwordHash: "!bench", role: "STEERING" },
  });
  const token = generateToken();
  await db.personalAccessToken.create({
    data: { userId: row.id, name: "benchmark", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const user: SessionUser = { id: row.id, email: row.email, name: row.name, role: row.role, municipalityCode: null, policeAreaIds: [] };
  const sessionId = generateToken();
  const day = new Date(Date.now() + 86_400_000);
  await db.session.create({ data: { id: sessionId, userId: row.id, method: "password", expiresAt: day } });
  return { user, token, sessionId };
}

export async function generateDataSet(db: PrismaClient, options: GenerateOptions): Promise<Generated> {
  const started = performance.now();
  const random = createRandom(options.seed);
  const firstYear = options.lastYear - options.years + 1;
  await seedReferenceData(db);
  await createSyntheticAreas(db, random);
  await createMissingQuestionnaires(
    db,
    Array.from({ length: options.years }, (_, i) => firstYear + i),
  );
  const places = await listPlaces(db, options.lastYear);
  const created = await createScenesAndAssessments(db, places, { scenes: options.scenes, firstYear, lastYear: options.lastYear }, random);
  const { user, token, sessionId } = await createSteeringUser(db);
  // Planner statistics for the fresh tables, as autovacuum would gather them soon after a load.
  await db.$executeRawUnsafe("ANALYZE");
  const [municipalities, policeAreas, coverages] = await Promise.all([
    db.municipality.count(),
    db.policeArea.count(),
    db.policeAreaCoverage.count(),
  ]);
  return {
    user,
    token,
    sessionId,
    counts: { municipalities, policeAreas, coverages, ...created },
    seconds: (performance.now() - started) / 1000,
  };
}

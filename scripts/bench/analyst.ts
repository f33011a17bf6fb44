import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { generateToken } from "@/lib/tokens/token";

// The police analyst whose saves the bench measures: signed in (a server-side session, as a
// sign-in opens), with the LPOs of `count` draft assessments of the last year in scope, one draft
// per concurrent client so that no two clients save the same row (a conflict, not a save).
// The form checks that an extent lies in the county: the national scenes' made-up places do not,
// so the drafts are the county's own, in municipalities well inside it (a synthetic extent around
// a border municipality's centre may cross the border or the coast), made drafts for the bench.

/** Municipalities whose centre lies far enough inside the county for the data set's scattered extents. */
const INNER_COUNTY = ["0114", "0115", "0123", "0126", "0127", "0128", "0160", "0162", "0163", "0180", "0182", "0183", "0184", "0186"];

export type SaveTarget = { id: string; sceneRef: string; year: number };

export type Analyst = { user: SessionUser; sessionId: string; targets: SaveTarget[] };

export async function createAnalyst(db: PrismaClient, year: number, count: number): Promise<Analyst> {
  const drafts = await db.assessment.findMany({
    where: { year, municipalityCode: { in: INNER_COUNTY }, scene: { status: "ACTIVE" } },
    select: { id: true, year: true, policeAreaId: true, scene: { select: { ref: true } } },
    orderBy: { id: "asc" },
    take: count,
  });
  if (drafts.length < count)
    throw new Error(`the data set has ${drafts.length} assessments in the county in ${year}, the save measurement needs ${count}`);
  await db.assessment.updateMany({
    where: { id: { in: drafts.map((d) => d.id) } },
    data: { status: "DRAFT", submittedAt: null, cosignedAt: null },
  });
  const policeAreaIds = [...new Set(drafts.map((d) => d.policeAreaId))];
  const row = await db.user.create({
    // Not a password hash: nobody can sign in as this user; the benchmark opens its session.
    data: {
      email: "analytiker@bench.test",
      name: "Analytiker (benchmark)",
      passwordHash: "!bench",
      role: "POLICE_ANALYST",
      policeAreas: { create: policeAreaIds.map((policeAreaId) => ({ policeAreaId })) },
    },
  });
  const sessionId = generateToken();
  await db.session.create({ data: { id: sessionId, userId: row.id, method: "password", expiresAt: new Date(Date.now() + 86_400_000) } });
  const user: SessionUser = { id: row.id, email: row.email, name: row.name, role: row.role, municipalityCode: null, policeAreaIds };
  return { user, sessionId, targets: drafts.map((d) => ({ id: d.id, sceneRef: d.scene.ref, year: d.year })) };
}

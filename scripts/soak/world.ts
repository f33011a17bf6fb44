import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role, SessionUser } from "@/lib/auth/permissions";
import { generateToken } from "@/lib/tokens/token";
import { sessionCookie } from "../bench/http";
import { generateDataSet } from "../bench/generate";

// The soak's data: the bench's synthetic county and country at a small scale (a few years, a few
// hundred scenes), this year's round open, and in two municipalities a set of this year's
// assessments turned back into drafts for the virtual analysts to work on. The users' sessions are
// opened here, as a sign-in would (the soak is about load and faults, not about signing in).

export type Actor = { user: SessionUser; cookie: string };
export type Draft = { id: string; sceneRef: string; year: number; municipalityCode: string; policeAreaId: string };
export type World = {
  year: number;
  drafts: Draft[];
  analysts: { actor: Actor; drafts: Draft[] }[];
  representatives: { actor: Actor; drafts: Draft[] }[];
  steering: Actor;
  token: string;
};

/** Municipalities well inside the county (the form checks that an extent lies in it; see bench/analyst.ts). */
const MUNICIPALITIES = ["0180", "0182"];
const DRAFTS_PER_ANALYST = 6;

async function openSession(db: PrismaClient, role: Role, name: string, scope: { policeAreaIds?: string[]; municipalityCode?: string }) {
  const row = await db.user.create({
    data: {
      email: `${name}@soak.test`,
      name: `${name} (soak)`,
      // Not a password hash: nobody signs in as this user; the soak opens its session.
      passwordHash: "!soak",
      role,
      municipalityCode: scope.municipalityCode ?? null,
      policeAreas: { create: (scope.policeAreaIds ?? []).map((policeAreaId) => ({ policeAreaId })) },
    },
  });
  const sessionId = generateToken();
  await db.session.create({ data: { id: sessionId, userId: row.id, method: "password", expiresAt: new Date(Date.now() + 86_400_000) } });
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    municipalityCode: row.municipalityCode,
    policeAreaIds: scope.policeAreaIds ?? [],
  };
  return { user, cookie: await sessionCookie(user, sessionId) };
}

async function makeDrafts(db: PrismaClient, year: number, count: number): Promise<Draft[]> {
  const rows = await db.assessment.findMany({
    where: { year, municipalityCode: { in: MUNICIPALITIES }, scene: { status: "ACTIVE" } },
    select: { id: true, year: true, municipalityCode: true, policeAreaId: true, scene: { select: { ref: true } } },
    orderBy: { id: "asc" },
    take: count,
  });
  if (rows.length < count) throw new Error(`the soak's data has ${rows.length} assessments to work on, ${count} needed`);
  await db.assessment.updateMany({
    where: { id: { in: rows.map((r) => r.id) } },
    data: { status: "DRAFT", submittedAt: null, cosignedAt: null },
  });
  return rows.map((r) => ({
    id: r.id,
    sceneRef: r.scene.ref,
    year: r.year,
    municipalityCode: r.municipalityCode,
    policeAreaId: r.policeAreaId,
  }));
}

export async function createWorld(db: PrismaClient, year: number, counts: { analysts: number; representatives: number }): Promise<World> {
  const generated = await generateDataSet(db, { scenes: 2000, years: 3, lastYear: year, seed: 14 });
  await db.assessmentRound.upsert({
    where: { year },
    create: { year, deadline: new Date(`${year}-12-31T00:00:00Z`), openedAt: new Date() },
    update: { closedAt: null },
  });
  const drafts = await makeDrafts(db, year, counts.analysts * DRAFTS_PER_ANALYST);
  const analysts = [];
  for (let i = 0; i < counts.analysts; i++) {
    const own = drafts.slice(i * DRAFTS_PER_ANALYST, (i + 1) * DRAFTS_PER_ANALYST);
    const policeAreaIds = [...new Set(own.map((d) => d.policeAreaId))];
    analysts.push({ actor: await openSession(db, "POLICE_ANALYST", `analytiker${i + 1}`, { policeAreaIds }), drafts: own });
  }
  const representatives = [];
  for (let i = 0; i < counts.representatives; i++) {
    const municipalityCode = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
    const actor = await openSession(db, "MUNICIPAL_REP", `kommun${i + 1}`, { municipalityCode });
    representatives.push({ actor, drafts: drafts.filter((d) => d.municipalityCode === municipalityCode) });
  }
  const steering = { user: generated.user, cookie: await sessionCookie(generated.user, generated.sessionId) };
  return { year, drafts, analysts, representatives, steering, token: generated.token };
}

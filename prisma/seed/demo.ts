import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/second-factor/sealing";
import { deriveSecretKey } from "@/lib/auth/second-factor/secret-box";
import { seedDemoAssessments } from "./demo-assessments";
import { seedDemoOutcomes } from "./demo-outcomes";
import { seedDemoBoundaries, seedDemoScenes } from "./demo-scenes";

/** The demo accounts: every role, one password, so anyone can try the product. */
export const DEMO_PASSWORD = "demo1234";

export const demoUsers: { email: string; name: string; role: Role; policeAreas?: string[]; municipalityCode?: string }[] = [
  { email: "admin@demo.test", name: "Alva Admin", role: "ADMIN" },
  { email: "styrgrupp@demo.test", name: "Sten Styrgrupp", role: "STEERING" },
  { email: "polis.jarva@demo.test", name: "Jonna Järva", role: "POLICE_ANALYST", policeAreas: ["Järva"] },
  { email: "polis.jarfalla@demo.test", name: "Jakob Järfälla", role: "POLICE_ANALYST", policeAreas: ["Järfälla"] },
  { email: "polis.sodermalm@demo.test", name: "Sara Södermalm", role: "POLICE_ANALYST", policeAreas: ["Södermalm"] },
  { email: "kommun.stockholm@demo.test", name: "Klara Stockholm", role: "MUNICIPAL_REP", municipalityCode: "0180" },
  { email: "kommun.jarfalla@demo.test", name: "Kim Järfälla", role: "MUNICIPAL_REP", municipalityCode: "0123" },
];

/**
 * The demo admin's authenticator secret, public like the password: an admin must pass a second
 * factor, so the demo (and the end-to-end tests) compute its codes from this. Sealed like any other.
 */
export const DEMO_ADMIN_TOTP_SECRET = "DEMOADMINTOTPSECRETXJBSWY3DPEHPK";
const DEMO_ADMIN_EMAIL = "admin@demo.test";

/** Seals the demo admin's secret with the key the server will use (scripts/with-db.ts passes AUTH_SECRET on). */
function demoAdminSecondFactor(userId: string) {
  const key = deriveSecretKey(process.env.AUTH_SECRET, process.env.NODE_ENV === "production");
  return { totpSecret: sealTotpSecret(key, userId, DEMO_ADMIN_TOTP_SECRET), totpEnabledAt: new Date(), totpLastStep: null };
}

/**
 * Adds the demo accounts and demo scenes (idempotent: an existing account is reset to its demo
 * role, scope and password). Never in production: the password is public.
 */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    throw new Error("Demodata får inte läggas in i produktion (NODE_ENV=production).");
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const areas = await db.policeArea.findMany({ select: { id: true, name: true } });
  const areaId = new Map(areas.map((a) => [a.name, a.id]));
  for (const u of demoUsers) {
    const data = { name: u.name, role: u.role, passwordHash, municipalityCode: u.municipalityCode ?? null, disabledAt: null };
    await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({ where: { email: u.email }, create: { email: u.email, ...data }, update: data });
      if (u.email === DEMO_ADMIN_EMAIL) await tx.user.update({ where: { id: user.id }, data: demoAdminSecondFactor(user.id) });
      await tx.userPoliceArea.deleteMany({ where: { userId: user.id } });
      const policeAreaIds = (u.policeAreas ?? []).map((name) => areaId.get(name) ?? fail(`Okänt lokalpolisområde: ${name}`));
      await tx.userPoliceArea.createMany({ data: policeAreaIds.map((policeAreaId) => ({ userId: user.id, policeAreaId })) });
    });
  }
  await seedDemoScenes(db);
  await seedDemoAssessments(db);
  await seedDemoOutcomes(db);
  await seedDemoBoundaries(db);
  await seedFormerColleague(db, passwordHash);
  // Only a database so marked lets the demo accounts sign in (lib/auth/demo.ts).
  await db.demoMarker.upsert({ where: { id: 1 }, create: {}, update: {} });
}

/**
 * A disabled account, as every real county has: a colleague who has left. It shows what a
 * disabled user looks like, and that they cannot sign in by any way. Created once, never enabled.
 */
export const DISABLED_DEMO_EMAIL = "tidigare@demo.test";

async function seedFormerColleague(db: PrismaClient, passwordHash: string): Promise<void> {
  await db.user.createMany({
    data: [{ email: DISABLED_DEMO_EMAIL, name: "Tove Tidigare", role: "STEERING", passwordHash, disabledAt: new Date() }],
    skipDuplicates: true,
  });
}

function fail(message: string): never {
  throw new Error(message);
}

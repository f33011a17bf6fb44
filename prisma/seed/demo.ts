import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { DEMO_DOMAIN } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { sealTotpSecret } from "@/lib/auth/second-factor/sealing";
import { deriveSecretKey } from "@/lib/auth/second-factor/secret-box";
import { seedDemoAssessments } from "./demo-assessments";
import { seedDemoCountyScenes } from "./demo-county";
import { seedDemoOutcomes, seedDemoTypeDescriptions } from "./demo-outcomes";
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

/** Why the demo data was not written: the database holds real people's accounts. */
export class DemoRefusedError extends Error {}

type Queryable = Pick<PrismaClient, "$queryRaw">;

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
 * How many users the database holds that are not demo accounts; 0 on a database not yet migrated.
 * Raw SQL, so that scripts/with-db.ts can ask before it applies any migration.
 */
export async function countNonDemoUsers(db: Queryable): Promise<number> {
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('public."User"') IS NOT NULL AS exists`;
  if (!table?.exists) return 0;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "User" WHERE lower(email) NOT LIKE ${`%${DEMO_DOMAIN}`}`;
  return row?.n ?? 0;
}

/** Refuses, before anything is written, a database with any account that is not a demo's. */
export async function assertDemoDatabaseAllowed(db: Queryable): Promise<void> {
  const others = await countNonDemoUsers(db);
  if (others > 0) {
    throw new DemoRefusedError(
      `Demodata läggs bara in i en databas utan andra användare än demokonton (${DEMO_DOMAIN}). ` +
        `Den här databasen har ${others} andra användare, så ingenting har skrivits. ` +
        "Använd en tom databas, t.ex. npm run demo eller tsx scripts/with-db.ts --fresh --seed --demo.",
    );
  }
}

/**
 * Adds the demo accounts and demo scenes, and marks the database as a demo's (lib/auth/demo.ts):
 * only there may the demo accounts sign in. Refuses a database with anyone else's account before
 * writing anything. Idempotent: an existing demo account is reset to its demo role, scope and
 * password, but one an admin disabled stays disabled. Never in production: the password is public.
 */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    throw new Error("Demodata får inte läggas in i produktion (NODE_ENV=production).");
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const areas = await db.policeArea.findMany({ select: { id: true, name: true } });
  const areaId = new Map(areas.map((a) => [a.name, a.id]));
  // The check, the marker and the accounts in one transaction: refused, it writes nothing.
  await db.$transaction(
    async (tx) => {
      await assertDemoDatabaseAllowed(tx);
      await tx.demoMarker.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
      for (const u of demoUsers) {
        const data = { name: u.name, role: u.role, passwordHash, municipalityCode: u.municipalityCode ?? null };
        // No disabledAt in the update: re-seeding never re-enables an account an admin disabled.
        const user = await tx.user.upsert({ where: { email: u.email }, create: { email: u.email, ...data }, update: data });
        if (u.email === DEMO_ADMIN_EMAIL) await tx.user.update({ where: { id: user.id }, data: demoAdminSecondFactor(user.id) });
        await tx.userPoliceArea.deleteMany({ where: { userId: user.id } });
        const policeAreaIds = (u.policeAreas ?? []).map((name) => areaId.get(name) ?? fail(`Okänt lokalpolisområde: ${name}`));
        await tx.userPoliceArea.createMany({ data: policeAreaIds.map((policeAreaId) => ({ userId: user.id, policeAreaId })) });
      }
    },
    { timeout: 30_000 },
  );
  await seedDemoScenes(db);
  await seedDemoAssessments(db);
  await seedDemoCountyScenes(db);
  await seedDemoOutcomes(db);
  await seedDemoTypeDescriptions(db);
  await seedDemoBoundaries(db);
  await seedFormerColleague(db, passwordHash);
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

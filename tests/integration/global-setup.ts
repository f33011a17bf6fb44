import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { seedReferenceData } from "@/prisma/seed";
import { applyMigrations } from "@/scripts/db/engine";
import { openDatabase } from "@/scripts/db/open-database";

// One fresh database per run: a new one beside DATABASE_URL on a real server, or a new in-memory
// PGlite without it. Migrated and seeded with the reference data once; the tests reset the rest.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
    databaseEmbedded: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await openDatabase({ fresh: true });
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, database.poolMax);
  try {
    await seedReferenceData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  // lib/db reads process.env, and the workers are started after this with a copy of it.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = String(database.poolMax);
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.poolMax);
  project.provide("databaseEmbedded", database.embedded);
  return () => database.close();
}

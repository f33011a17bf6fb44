import { createPrismaClient, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { timeSequential, type Summary } from "./measure";

// The measurements made in this process, through the app's own lib code: the statistics query, the
// SQL statements the dashboard's data functions send, and the time of each of those functions.

export type QueryCountingClient = { client: Db; count: () => number };

/**
 * A client like lib/db.ts's, that also counts every statement it sends (Prisma's query events).
 * Installed as globalThis.prisma, it is the client the app's `db` uses in this process.
 */
export function installQueryCountingClient(url: string, poolMax: number): QueryCountingClient {
  let queries = 0;
  const client = createPrismaClient(url, poolMax, { onQuery: () => queries++, transactionTimeoutMs: 120_000 });
  (globalThis as { prisma?: Db }).prisma = client;
  return { client, count: () => queries };
}

export function uninstallQueryCountingClient(): void {
  delete (globalThis as { prisma?: Db }).prisma;
}

export type InProcessResult = {
  statsQuery: Summary;
  /** The year's scene count, to check the API's answer against. */
  scenes: number;
  /** Statements sent by the page's data functions (getDashboard and getScopeDescription) for one request. */
  dashboardQueries: number;
  statsQueries: number;
  /** p50 of each data function run on its own, slowest first. */
  functions: { name: string; p50: number }[];
};

async function countQueries(counter: QueryCountingClient, run: () => Promise<unknown>): Promise<number> {
  const before = counter.count();
  await run();
  return counter.count() - before;
}

export async function measureInProcess(
  counter: QueryCountingClient,
  user: SessionUser,
  year: number,
  iterations: number,
): Promise<InProcessResult> {
  // Imported only now, after the counting client is installed as the app's client.
  const { getYearStats } = await import("@/lib/stats/year-stats");
  const { getDashboard } = await import("@/lib/stats/dashboard");
  const queries = await import("@/lib/stats/queries");
  const { listCountedScenes } = await import("@/lib/stats/map");
  const { listMunicipalityShapes } = await import("@/lib/map/queries");
  const { getScopeDescription } = await import("@/lib/areas/queries");

  const statsQuery = await timeSequential(`statistics query in-process (getYearStats ${year})`, iterations, 5, () =>
    getYearStats(user, year),
  );
  const stats = await getYearStats(user, year);
  const statsQueries = await countQueries(counter, () => getYearStats(user, year));
  // What app/(app)/oversikt/page.tsx asks for with ?ar=<year>, besides the session's user lookup.
  const dashboardQueries = await countQueries(counter, () => Promise.all([getDashboard(user, year), getScopeDescription(user)]));

  const counts = new Map(stats.byMunicipality.map((m) => [m.code, m.scenes]));
  const parts: [string, () => Promise<unknown>][] = [
    ["getYearTotals", () => queries.getYearTotals(user, year)],
    ["countByMunicipality", () => queries.countByMunicipality(user, year)],
    ["countByPoliceArea", () => queries.countByPoliceArea(user, year)],
    ["countByDistrict", () => queries.countByDistrict(user, year)],
    ["countAnswers (2 queries)", () => queries.countAnswers(user, year)],
    ["countSeries", () => queries.countSeries(user, year)],
    ["listCountedScenes", () => listCountedScenes(user, year)],
    ["listMunicipalityShapes", () => listMunicipalityShapes(counts)],
  ];
  const functions: { name: string; p50: number }[] = [];
  for (const [name, run] of parts) functions.push({ name, p50: (await timeSequential(name, 10, 2, run)).p50 });
  functions.sort((a, b) => b.p50 - a.p50);
  return { statsQuery, scenes: stats.scenes, dashboardQueries, statsQueries, functions };
}

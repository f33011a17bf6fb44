import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { MapScene } from "@/lib/map/types";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, getPoliceAreaId, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET } = await import("@/app/api/map/scenes/[year]/route");

// The dashboard map's scenes: scoped as every figure, revalidated by an ETag that moves with the
// figures' generation, and on record as a read when data leaves.

const YEAR = 2024;

function getScenes(year: string | number, headers: Record<string, string> = {}): Promise<Response> {
  return GET(new Request(`http://localhost/api/map/scenes/${year}`, { headers }), { params: Promise.resolve({ year: String(year) }) });
}

async function readScenes(user: SessionUser): Promise<MapScene[]> {
  signInAs(user);
  const response = await getScenes(YEAR);
  expect(response.status).toBe(200);
  return (await response.json()) as MapScene[];
}

const mapReads = () => db.auditEvent.findMany({ where: { type: "api.read", entityId: "map.scenes" }, orderBy: { id: "asc" } });

let steering: SessionUser;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
  steering = await createTestUser("STEERING");
}, 120_000);

beforeEach(async () => {
  await db.auditEvent.deleteMany({ where: { type: "api.read" } });
});

describe("GET /api/map/scenes/[year]", () => {
  it("refuses without a session and for a bad year, leaving nothing on record", async () => {
    signInAs(null);
    const anonymous = await getScenes(YEAR);
    expect(anonymous.status).toBe(401);
    signInAs(steering);
    for (const year of ["20x4", "1999", "2024.json", "-1"]) expect((await getScenes(year)).status).toBe(400);
    expect(await mapReads()).toEqual([]);
  });

  it("answers the year's counted scenes with their extents as simplified on write, and records the read", async () => {
    const scenes = await readScenes(steering);
    expect(scenes.length).toBeGreaterThan(0);
    const counted = await db.assessment.findMany({
      where: { year: YEAR, scene: { id: { in: scenes.map((s) => s.id) } } },
      select: { sceneId: true, extentSimplified: true },
    });
    const stored = new Map(counted.map((a) => [a.sceneId, a.extentSimplified]));
    for (const scene of scenes) expect(scene.extent).toEqual(stored.get(scene.id) ?? null);
    expect(scenes.some((s) => s.extent !== null)).toBe(true);
    expect(Object.keys(scenes[0]!).sort()).toEqual(
      ["areaM2", "extent", "id", "lat", "lng", "municipalityName", "name", "policeAreaName", "ref", "status"].sort(),
    );
    const reads = await mapReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: steering.id, after: { year: YEAR, rows: scenes.length, via: "session" } });
  });

  it("shows an analyst only their LPO's scenes and a representative only their municipality's", async () => {
    const all = await readScenes(steering);
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    const lpo = await readScenes(analyst);
    expect(lpo.length).toBeGreaterThan(0);
    expect(lpo.length).toBeLessThan(all.length);
    const inJarva = await db.assessment.count({
      where: { year: YEAR, sceneId: { in: lpo.map((s) => s.id) }, policeAreaId: await getPoliceAreaId("Järva") },
    });
    expect(inJarva).toBe(lpo.length);
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const municipal = await readScenes(rep);
    expect(municipal.length).toBeGreaterThan(0);
    expect(municipal.length).toBeLessThan(all.length);
    const inJarfalla = await db.scene.count({ where: { id: { in: municipal.map((s) => s.id) }, municipalityCode: "0123" } });
    expect(inJarfalla).toBe(municipal.length);
    // Another scope, another tag: a shared browser never revalidates one scope's copy for another.
    signInAs(analyst);
    const lpoTag = (await getScenes(YEAR)).headers.get("etag");
    signInAs(rep);
    expect((await getScenes(YEAR)).headers.get("etag")).not.toBe(lpoTag);
  });

  it("keeps its ETag while nothing changes, answers 304 to it, and moves it on an assessment's write", async () => {
    signInAs(steering);
    const first = await getScenes(YEAR);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await getScenes(YEAR);
    expect(again.headers.get("etag")).toBe(etag);
    await db.auditEvent.deleteMany({ where: { type: "api.read" } });

    const cached = await getScenes(YEAR, { "If-None-Match": etag! });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect(cached.headers.get("etag")).toBe(etag);
    expect(await mapReads()).toEqual([]);
    // Another year's copy is not this one.
    expect((await getScenes(YEAR - 1, { "If-None-Match": etag! })).status).toBe(200);

    const scenes = (await first.json()) as MapScene[];
    const target = scenes.find((s) => s.extent !== null)!;
    const [lng, lat] = target.extent!.coordinates[0]![0]!;
    const moved = {
      type: "Polygon",
      coordinates: [
        [
          [lng!, lat!],
          [lng! + 0.001, lat!],
          [lng! + 0.001, lat! + 0.0005],
          [lng!, lat!],
        ],
      ],
    };
    await db.assessment.updateMany({ where: { sceneId: target.id, year: YEAR }, data: { extent: moved, areaM2: 1234 } });

    const changed = await getScenes(YEAR, { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const after = ((await changed.json()) as MapScene[]).find((s) => s.id === target.id)!;
    const written = await db.assessment.findFirstOrThrow({ where: { sceneId: target.id, year: YEAR } });
    expect(after.areaM2).toBe(1234);
    expect(after.extent).toEqual(written.extentSimplified);
    expect(after.extent).not.toEqual(target.extent);
  });
});

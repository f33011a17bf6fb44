import "server-only";
import type { Polygon } from "geojson";
import type { MapScene } from "@/lib/map/types";
import type { SceneStatus } from "@/lib/scenes/status";
import { getReadDb } from "@/lib/read-replica";
import type { SessionUser } from "@/lib/auth/permissions";
import { sceneScopeKey, sceneScopeSql } from "@/lib/scenes/scope";
import { readThroughStatsCache } from "./cache";
import { countingSql } from "./counting-where";

/**
 * The scenes that count in a year, with that year's extent, for the dashboard's map: one SQL
 * join (Prisma's relation loading would send one statement per relation with thousands of ids).
 */
export async function listCountedScenes(user: SessionUser, year: number): Promise<MapScene[]> {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<(Omit<MapScene, "extent"> & { extent: Polygon | null })[]>`
    SELECT s.id, s.ref, s.name, s.status::text AS status, s.lat, s.lng, a.extent, a."areaM2",
           m.name AS "municipalityName", p.name AS "policeAreaName"
    FROM "Assessment" a
    JOIN "Scene" s ON s.id = a."sceneId"
    JOIN "Municipality" m ON m.code = a."municipalityCode"
    JOIN "PoliceArea" p ON p.id = a."policeAreaId"
    WHERE a.year = ${year} AND ${countingSql()} AND ${sceneScopeSql(user)}
    ORDER BY s.number`;
  return rows.map((r) => ({ ...r, status: r.status as SceneStatus }));
}

/**
 * The same scenes with the extent simplified when it was written (the "extentSimplified" column),
 * for the browser's dashboard map: a few hundred bytes a scene, and no request ever simplifies.
 */
export async function listCountedSceneOutlines(user: SessionUser, year: number): Promise<MapScene[]> {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<(Omit<MapScene, "extent"> & { extent: Polygon | null })[]>`
    SELECT s.id, s.ref, s.name, s.status::text AS status, s.lat, s.lng, a."extentSimplified" AS extent, a."areaM2",
           m.name AS "municipalityName", p.name AS "policeAreaName"
    FROM "Assessment" a
    JOIN "Scene" s ON s.id = a."sceneId"
    JOIN "Municipality" m ON m.code = a."municipalityCode"
    JOIN "PoliceArea" p ON p.id = a."policeAreaId"
    WHERE a.year = ${year} AND ${countingSql()} AND ${sceneScopeSql(user)}
    ORDER BY s.number`;
  return rows.map((r) => ({ ...r, status: r.status as SceneStatus }));
}

/** listCountedSceneOutlines() through the figures' cache: users of one scope share the entry. */
export function getCachedCountedSceneOutlines(user: SessionUser, year: number): Promise<MapScene[]> {
  return readThroughStatsCache(["map-scenes", year, sceneScopeKey(user)], () => listCountedSceneOutlines(user, year));
}

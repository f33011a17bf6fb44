import "server-only";
import type { Polygon } from "geojson";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import type { SceneFilters } from "./schemas";
import { followedIn } from "./followed";
import { sceneScope } from "./scope";

export const PAGE_SIZE = 25;

function filterWhere(user: SessionUser, f: Partial<SceneFilters>): Prisma.SceneWhereInput {
  return {
    AND: [
      sceneScope(user),
      f.municipality ? { municipalityCode: f.municipality } : {},
      f.policeArea ? { policeAreaId: f.policeArea } : {},
      f.district ? { districtId: f.district } : {},
      f.status ? { status: f.status } : {},
      f.year ? followedIn(f.year) : {},
    ],
  };
}

const orderBy = (sort: SceneFilters["sort"], dir: SceneFilters["dir"]): Prisma.SceneOrderByWithRelationInput[] => {
  const primary: Record<SceneFilters["sort"], Prisma.SceneOrderByWithRelationInput> = {
    ref: { number: dir },
    name: { name: dir },
    municipality: { municipality: { name: dir } },
    policeArea: { policeArea: { name: dir } },
    firstYear: { firstYear: dir },
    area: { areaM2: { sort: dir, nulls: "last" } },
  };
  return [primary[sort], { number: "asc" }];
};

const listSelect = {
  id: true,
  ref: true,
  name: true,
  status: true,
  firstYear: true,
  lastYear: true,
  areaM2: true,
  municipality: { select: { code: true, name: true } },
  policeArea: { select: { name: true } },
  district: { select: { name: true } },
} as const;

export async function listScenes(user: SessionUser, filters: SceneFilters) {
  const where = filterWhere(user, filters);
  const [total, rows] = await Promise.all([
    db.scene.count({ where }),
    db.scene.findMany({
      where,
      select: listSelect,
      orderBy: orderBy(filters.sort, filters.dir),
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type SceneListRow = Awaited<ReturnType<typeof listScenes>>["rows"][number];

const linkedScene = { select: { id: true, ref: true, name: true, municipalityCode: true, policeAreaId: true } } as const;

/** One scene by its reference, or null when it does not exist or lies outside the user's scope. */
export async function getScene(user: SessionUser, ref: string) {
  const scene = await db.scene.findFirst({
    where: { AND: [sceneScope(user), { ref }] },
    include: {
      municipality: { select: { code: true, name: true } },
      policeArea: { select: { id: true, name: true } },
      district: { select: { id: true, name: true } },
      successors: { include: { to: linkedScene }, orderBy: { to: { number: "asc" } } },
      predecessors: { include: { from: linkedScene }, orderBy: { from: { number: "asc" } } },
    },
  });
  return scene ? { ...scene, extent: scene.extent as Polygon | null } : null;
}

export type SceneDetail = NonNullable<Awaited<ReturnType<typeof getScene>>>;

/** Active scenes the user may see, for choosing where a scene was merged or split into. */
export function listActiveScenes(user: SessionUser, exceptId: string) {
  return db.scene.findMany({
    where: { AND: [sceneScope(user), { status: "ACTIVE", id: { not: exceptId } }] },
    select: { id: true, ref: true, name: true },
    orderBy: { number: "asc" },
  });
}

/** The scenes to draw on a map, with their extents. */
export async function listMapScenes(user: SessionUser, filters: Pick<SceneFilters, "municipality" | "policeArea" | "year">) {
  const scenes = await db.scene.findMany({
    where: filterWhere(user, filters),
    select: {
      id: true,
      ref: true,
      name: true,
      status: true,
      lat: true,
      lng: true,
      extent: true,
      areaM2: true,
      municipality: { select: { name: true } },
      policeArea: { select: { name: true } },
      municipalityCode: true,
    },
    orderBy: { number: "asc" },
  });
  return scenes.map(({ municipality, policeArea, extent, ...s }) => ({
    ...s,
    extent: extent as Polygon | null,
    municipalityName: municipality.name,
    policeAreaName: policeArea.name,
  }));
}

/** Where a scene lies, when the user may see it: what an action authorizes against. */
export function getSceneArea(user: SessionUser, id: string) {
  return db.scene.findFirst({
    where: { AND: [sceneScope(user), { id }] },
    select: { id: true, ref: true, municipalityCode: true, policeAreaId: true, firstYear: true, lastYear: true },
  });
}

/** Scenes per municipality for the map's circles or shading, counted in SQL. */
export async function countScenesByMunicipality(user: SessionUser, filters: Pick<SceneFilters, "municipality" | "policeArea" | "year">) {
  const groups = await db.scene.groupBy({ by: ["municipalityCode"], where: filterWhere(user, filters), _count: { _all: true } });
  return new Map(groups.map((g) => [g.municipalityCode, g._count._all]));
}

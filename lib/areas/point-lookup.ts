import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { toIsoDayOrNull } from "@/lib/days";
import type { LatLng } from "@/lib/map/types";
import type { LocatedPoint } from "./point-attribution";
import { locateIn, type BoundaryRows } from "./point-index";

// Reads the boundaries a point lookup needs. Nothing is cached in the process
// (docs/decisions/0014-attribution-from-the-point.md): every lookup reads the boundaries as they
// are, in the caller's transaction, so several app instances and a re-import (which replaces the
// rows in one transaction) never leave a stale index behind. A single point costs one indexed
// range query on the bounding boxes per kind of boundary; a bulk import loads them all once.
// No `server-only` marker: the import command runs it too.

type Client = Prisma.TransactionClient | Db;
type Where = { minLng?: { lte: number }; maxLng?: { gte: number }; minLat?: { lte: number }; maxLat?: { gte: number } };

const bbox = { minLng: true, minLat: true, maxLng: true, maxLat: true, geometry: true } as const;

const boxHolds = (point: LatLng): Where => ({
  minLng: { lte: point.lng },
  maxLng: { gte: point.lng },
  minLat: { lte: point.lat },
  maxLat: { gte: point.lat },
});

async function loadRows(client: Client, where: Where): Promise<BoundaryRows> {
  // One after the other: a transaction runs on one connection, which takes one query at a time.
  const municipalities = await client.municipalityBoundary.findMany({
    where,
    select: { ...bbox, code: true, municipality: { select: { name: true } } },
    orderBy: { code: "asc" },
  });
  const cityParts = await client.cityPart.findMany({
    where,
    select: { ...bbox, name: true, policeAreaId: true, policeAreaBefore2025Id: true, district: { select: { id: true, name: true } } },
    orderBy: { name: "asc" },
  });
  const districts = await client.districtBoundary.findMany({
    where,
    select: { ...bbox, district: { select: { id: true, name: true } } },
    orderBy: { district: { name: "asc" } },
  });
  const coverages = await client.policeAreaCoverage.findMany({
    select: { municipalityCode: true, districtId: true, validFrom: true, validTo: true, policeArea: { select: { id: true, name: true } } },
  });
  return {
    municipalities: municipalities.map(({ municipality, ...m }) => ({ ...m, name: municipality.name })),
    cityParts,
    districts,
    coverages: coverages.map((c) => ({ ...c, validFrom: toIsoDayOrNull(c.validFrom), validTo: toIsoDayOrNull(c.validTo) })),
  };
}

/** Whether any boundary is loaded: without, a point says nothing and the stated place stands. */
async function hasBoundaries(client: Client): Promise<boolean> {
  if (await client.municipalityBoundary.findFirst({ select: { code: true } })) return true;
  return !!(await client.districtBoundary.findFirst({ select: { districtId: true } }));
}

/** The boundaries containing the point and the coverages that could attribute it; null when none are loaded. */
export async function locatePoint(client: Client, point: LatLng): Promise<LocatedPoint | null> {
  const rows = await loadRows(client, boxHolds(point));
  const found = rows.municipalities.length + rows.cityParts.length + rows.districts.length;
  if (found === 0 && !(await hasBoundaries(client))) return null;
  return locateIn(rows, point);
}

/** Every boundary, for checking many points (a bulk import); null when none are loaded. */
export async function loadAllBoundaries(client: Client): Promise<BoundaryRows | null> {
  const rows = await loadRows(client, {});
  return rows.municipalities.length + rows.districts.length + rows.cityParts.length ? rows : null;
}

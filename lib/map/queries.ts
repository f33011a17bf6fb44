import "server-only";
import { db } from "@/lib/db";
import { toBoundaryFeature } from "./labels";
import type { BaseBoundaries, MunicipalityShape } from "./types";
import type { BoundaryGeometry } from "./boundaries";

// Validated when imported (lib/map/boundaries.ts); this only guards against a hand-edited row.
function asBoundary(geometry: unknown): BoundaryGeometry | null {
  const type = (geometry as { type?: unknown } | null)?.type;
  return type === "Polygon" || type === "MultiPolygon" ? (geometry as BoundaryGeometry) : null;
}

/** Every municipality of the county, with its boundary when one has been imported. */
export async function listMunicipalityShapes(sceneCounts: Map<string, number>): Promise<MunicipalityShape[]> {
  const municipalities = await db.municipality.findMany({
    select: { code: true, name: true, centerLat: true, centerLng: true, boundary: { select: { geometry: true } } },
    orderBy: { name: "asc" },
  });
  return municipalities.map(({ boundary, ...m }) => ({
    ...m,
    sceneCount: sceneCounts.get(m.code) ?? 0,
    boundary: boundary ? asBoundary(boundary.geometry) : null,
  }));
}

export type DistrictShape = { name: string; geometry: BoundaryGeometry };

/** The imported boundaries of Stockholm city's district areas, for display; empty when none are. */
export async function listDistrictBoundaries(): Promise<DistrictShape[]> {
  const rows = await db.districtBoundary.findMany({
    select: { geometry: true, district: { select: { name: true } } },
    orderBy: { district: { name: "asc" } },
  });
  return rows.flatMap(({ geometry, district }) => {
    const boundary = asBoundary(geometry);
    return boundary ? [{ name: district.name, geometry: boundary }] : [];
  });
}

/**
 * The areas every map draws under its content: the county's imported municipality boundaries
 * and Stockholm's districts. Empty lists when none have been imported (the maps then draw on a
 * plain background, as before).
 */
export async function listBaseBoundaries(): Promise<BaseBoundaries> {
  const [municipalities, districts] = await Promise.all([
    db.municipalityBoundary.findMany({
      select: { code: true, geometry: true, municipality: { select: { name: true } } },
      orderBy: { code: "asc" },
    }),
    listDistrictBoundaries(),
  ]);
  return {
    municipalities: municipalities.flatMap(({ code, geometry, municipality }) => {
      const boundary = asBoundary(geometry);
      return boundary ? [toBoundaryFeature(code, municipality.name, boundary)] : [];
    }),
    // Prefixed: a district's id must not clash with a municipality's code among the labels.
    districts: districts.map(({ name, geometry }) => toBoundaryFeature(`district:${name}`, name, geometry)),
  };
}

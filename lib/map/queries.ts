import "server-only";
import { db } from "@/lib/db";
import type { MunicipalityShape } from "./types";
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

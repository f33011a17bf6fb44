import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { BoundaryGeometry } from "@/lib/map/boundaries";
import type { BBox } from "@/lib/map/bbox";
import type { LatLng } from "@/lib/map/types";
import type { CoverageOption, LocatedPoint, Named } from "./point-attribution";
import { STOCKHOLM_CITY } from "./reference-data";

// The boundaries containing a point, among boundary rows as stored (with their bounding boxes):
// the box is tested first, turf's exact test only on the few whose box holds the point. Pure: the
// rows come from one indexed query per point (lib/areas/point-lookup.ts) or, for a bulk import, all
// of them at once.

type Shape = BBox & { geometry: unknown };

export type BoundaryRows = {
  municipalities: (Shape & { code: string; name: string })[];
  cityParts: (Shape & { name: string; district: Named; policeAreaId: string; policeAreaBefore2025Id: string | null })[];
  districts: (Shape & { district: Named })[];
  coverages: CoverageOption[];
};

/** Validated on import (lib/map/boundaries.ts); a hand-edited row that is no polygon contains nothing. */
function contains(shape: Shape, point: LatLng): boolean {
  const inBox = shape.minLng <= point.lng && point.lng <= shape.maxLng && shape.minLat <= point.lat && point.lat <= shape.maxLat;
  if (!inBox) return false;
  const type = (shape.geometry as { type?: unknown } | null)?.type;
  if (type !== "Polygon" && type !== "MultiPolygon") return false;
  return booleanPointInPolygon([point.lng, point.lat], shape.geometry as BoundaryGeometry);
}

export function locateIn(rows: BoundaryRows, point: LatLng): LocatedPoint {
  const municipalities = rows.municipalities.filter((m) => contains(m, point)).map(({ code, name }) => ({ code, name }));
  const part = rows.cityParts.find((p) => contains(p, point));
  const districts = rows.districts.filter((d) => contains(d, point)).map((d) => d.district);
  const codes = new Set([...municipalities.map((m) => m.code), ...(part || districts.length ? [STOCKHOLM_CITY] : [])]);
  return {
    municipalities,
    cityPart: part
      ? { name: part.name, district: part.district, policeAreaId: part.policeAreaId, policeAreaBefore2025Id: part.policeAreaBefore2025Id }
      : null,
    districts,
    coverages: rows.coverages.filter((c) => codes.has(c.municipalityCode)),
  };
}

import type { BoundaryGeometry } from "./boundaries";

// A boundary's bounding box, stored beside its geometry so that a point lookup prefilters the
// candidates with an indexed range query before the exact point-in-polygon test. Pure.

export type BBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };

export function computeBBox(geometry: BoundaryGeometry): BBox {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons) {
    // The outer ring holds every hole, so it alone bounds the polygon.
    for (const [lng = NaN, lat = NaN] of polygon[0] ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLng = Math.max(box.maxLng, lng);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

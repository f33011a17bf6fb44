import area from "@turf/area";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point as turfPoint, polygon as turfPolygon } from "@turf/helpers";
import kinks from "@turf/kinks";
import pointToPolygonDistance from "@turf/point-to-polygon-distance";
import type { Polygon, Position } from "geojson";
import { municipalities } from "@/lib/areas/reference-data";
import { geometry as geometryText } from "@/lib/i18n/sv/scenes";

// The rules a scene's place must meet. Pure and client-safe: the form shows the computed area with
// the same function the server stores, and the server refuses what these functions refuse.

const t = geometryText;

/** Larger than any plausible open drug scene: a typo or a wrongly drawn polygon. */
export const MAX_AREA_M2 = 5_000_000;
/** How far the extent may lie from the scene's point. */
export const MAX_DISTANCE_M = 1_000;
/** The municipal boxes come from simplified boundaries, a few hundred metres off at the coast. */
const COUNTY_MARGIN_DEGREES = 0.01;

export type LatLng = { lat: number; lng: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Whether a point lies in Stockholms län (within some municipality's bounding box). */
export function isInCounty({ lat, lng }: LatLng): boolean {
  const m = COUNTY_MARGIN_DEGREES;
  return municipalities.some(
    ({ bbox: [west, south, east, north] }) => lng >= west - m && lng <= east + m && lat >= south - m && lat <= north + m,
  );
}

export function checkPoint(point: LatLng): Checked<LatLng> {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng) || Math.abs(point.lat) > 90 || Math.abs(point.lng) > 180) {
    return { ok: false, error: t.pointInvalid };
  }
  return isInCounty(point) ? { ok: true, value: point } : { ok: false, error: t.pointOutsideCounty };
}

/** The geodesic area of a polygon in m², rounded to a tenth. */
export function computeAreaM2(polygon: Polygon): number {
  return Math.round(area(polygon) * 10) / 10;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n));
}

/** Reads a GeoJSON Polygon, or a Feature holding one, from parsed JSON. */
function readPolygon(json: unknown): Polygon | null {
  const geometry = (json as { type?: string; geometry?: unknown })?.type === "Feature" ? (json as { geometry: unknown }).geometry : json;
  const candidate = geometry as { type?: unknown; coordinates?: unknown };
  if (candidate?.type !== "Polygon" || !Array.isArray(candidate.coordinates) || candidate.coordinates.length === 0) return null;
  const rings = candidate.coordinates as unknown[];
  if (!rings.every((ring) => Array.isArray(ring) && ring.every(isPosition))) return null;
  return { type: "Polygon", coordinates: (rings as Position[][]).map((ring) => ring.map(([lng, lat]) => [lng!, lat!])) };
}

/**
 * The polygon in the extent's text, whether or not it meets the rules: the map draws what was
 * drawn or pasted while the form says why it would be refused.
 */
export function parseExtentPolygon(text: string): Polygon | null {
  try {
    return readPolygon(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Checks a scene's extent, given as GeoJSON text, against its point: a closed ring of at least
 * three distinct corners that does not cross itself, in the county, near the point, and not
 * larger than a plausible scene. Returns the polygon and its computed area.
 */
export function checkExtent(text: string, point: LatLng | null): Checked<{ polygon: Polygon; areaM2: number }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t.extentNotJson };
  }
  const polygon = readPolygon(json);
  if (!polygon) return { ok: false, error: t.extentNotPolygon };
  if (polygon.coordinates.length > 1) return { ok: false, error: t.extentHoles };
  const ring = polygon.coordinates[0]!;
  if (!samePosition(ring[0], ring.at(-1))) return { ok: false, error: t.extentNotClosed };
  const corners = new Set(ring.slice(0, -1).map(([lng, lat]) => `${lng},${lat}`));
  if (corners.size < 3) return { ok: false, error: t.extentTooFewCorners };
  if (!ring.every(([lng, lat]) => isInCounty({ lat: lat!, lng: lng! }))) return { ok: false, error: t.extentOutsideCounty };
  if (kinks(turfPolygon(polygon.coordinates)).features.length > 0) return { ok: false, error: t.extentSelfIntersecting };
  const areaM2 = computeAreaM2(polygon);
  if (areaM2 > MAX_AREA_M2) return { ok: false, error: t.extentTooLarge(areaM2) };
  if (point && distanceToExtentM(point, polygon) > MAX_DISTANCE_M) return { ok: false, error: t.extentFarFromPoint };
  return { ok: true, value: { polygon, areaM2 } };
}

/** Metres from the point to the polygon; 0 when the point lies inside it. */
export function distanceToExtentM(point: LatLng, polygon: Polygon): number {
  const p = turfPoint([point.lng, point.lat]);
  if (booleanPointInPolygon(p, polygon)) return 0;
  return Math.abs(pointToPolygonDistance(p, polygon, { units: "meters" }));
}

/** "12 345 m²" in Swedish number format. */
export function formatArea(areaM2: number): string {
  return `${new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(areaM2)} m²`;
}

import type { LatLngTuple } from "./geometry";
import type { BoundaryGeometry } from "./boundaries";
import type { BoundaryFeature } from "./types";

// Where the base map writes an area's name, and which names fit at a zoom level. Pure: the route
// computes the label points once per request, the map decides at each zoom which labels to show.

type Ring = GeoJSON.Position[];

/** Twice the signed planar area of a ring, in square degrees (enough to compare rings). */
function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function ringCentroid(ring: Ring): GeoJSON.Position {
  const a2 = ringArea2(ring);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (a2 === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a2), cy / (3 * a2)];
}

/** The longitudes where the polygon's edges cross the latitude, sorted. */
function crossings(rings: Ring[], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1 = 0, y1 = 0] = ring[i]!;
      const [x2 = 0, y2 = 0] = ring[i + 1]!;
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  return xs.sort((a, b) => a - b);
}

function isInside(rings: Ring[], [lng = 0, lat = 0]: GeoJSON.Position): boolean {
  return crossings(rings, lat).filter((x) => x < lng).length % 2 === 1;
}

/** The middle of the widest stretch of the polygon along its centroid's latitude. */
function widestMiddle(rings: Ring[], lat: number): GeoJSON.Position | null {
  const xs = crossings(rings, lat);
  let best: GeoJSON.Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const span = xs[i + 1]! - xs[i]!;
    if (span > width) {
      width = span;
      best = [(xs[i]! + xs[i + 1]!) / 2, lat];
    }
  }
  return best;
}

/**
 * A point inside the area's largest part to write its name at: the centroid when it lies inside
 * (most areas), else the middle of the widest stretch through it (a crescent, a bay). [lat, lng].
 */
export function labelPoint(geometry: BoundaryGeometry): LatLngTuple {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea2(b[0] ?? [])) > Math.abs(ringArea2(a[0] ?? [])) ? b : a));
  const centroid = ringCentroid(largest[0] ?? []);
  const [lng = 0, lat = 0] = isInside(largest, centroid)
    ? centroid
    : (widestMiddle(largest, centroid[1] ?? 0) ?? largest[0]?.[0] ?? [0, 0]);
  return [lat, lng];
}

/** [west, south, east, north] of the area's outer rings. */
export function bboxOf(geometry: BoundaryGeometry): [number, number, number, number] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lng = 0, lat = 0] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** Rounds every coordinate to five decimals (about a metre): enough to draw, half the bytes. */
export function roundGeometry(geometry: BoundaryGeometry): BoundaryGeometry {
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const ring = (r: Ring): Ring => r.map(([lng = 0, lat = 0]) => [round(lng), round(lat)]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

/** A label's box in pixels, centred on its point, as the map component measures it. */
export type LabelBox = { id: string; x: number; y: number; width: number; height: number; areaWidth: number };

/** The label's estimated width in pixels at the map's label font (11–12 px). */
export function labelWidth(name: string): number {
  return Math.ceil(name.length * 6.5) + 8;
}

const overlaps = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/** A name may be somewhat wider than its area's box (a long name on a compact area still reads). */
const FIT = 0.75;

/**
 * The labels to show, in the order given (more important first): each must (nearly) fit across
 * its own area (its box's width in pixels at this zoom) and not overlap a label already placed.
 */
export function placeLabels(boxes: LabelBox[]): Set<string> {
  const placed: LabelBox[] = [];
  for (const box of boxes) {
    if (box.areaWidth < box.width * FIT) continue;
    if (placed.some((other) => overlaps(other, box))) continue;
    placed.push(box);
  }
  return new Set(placed.map((b) => b.id));
}

/** An area as the base map draws it: rounded outline, label point and bounding box. */
export function toBoundaryFeature(id: string, name: string, geometry: BoundaryGeometry): BoundaryFeature {
  return { id, name, label: labelPoint(geometry), bbox: bboxOf(geometry), geometry: roundGeometry(geometry) };
}

import type { Feature, FeatureCollection, Point, Polygon, Position } from "geojson";
import type { ExportScene } from "./types";

// The year's scenes as GeoJSON (RFC 7946): WGS84 positions as [lng, lat], the year's extent as
// the geometry, or the scene's point when that year has no extent. Rings are closed and wound
// counter-clockwise (holes clockwise), as the RFC asks of writers.

export type SceneFeatureProperties = {
  ref: string;
  name: string;
  municipalityCode: string;
  policeArea: string;
  district: string | null;
  development: string | null;
  mainSubstance: string | null;
  areaM2: number | null;
};

export type SceneFeatureCollection = FeatureCollection<Polygon | Point, SceneFeatureProperties>;

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n));
}

/** Twice the signed area in degrees²: positive when the ring runs counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

function closeRing(ring: Position[], counterClockwise: boolean): Position[] {
  const positions = ring.map(([lng, lat]) => [lng!, lat!]);
  const first = positions[0]!;
  const last = positions.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) positions.push([first[0]!, first[1]!]);
  return signedArea(positions) > 0 === counterClockwise ? positions : positions.reverse();
}

/** A stored extent as a valid Polygon, or null when it is missing or not a usable polygon. */
export function toPolygon(extent: unknown): Polygon | null {
  const candidate = extent as { type?: unknown; coordinates?: unknown } | null;
  if (candidate?.type !== "Polygon" || !Array.isArray(candidate.coordinates) || candidate.coordinates.length === 0) return null;
  const rings = candidate.coordinates as unknown[];
  if (!rings.every((ring): ring is Position[] => Array.isArray(ring) && ring.length >= 3 && ring.every(isPosition))) return null;
  const coordinates = rings.map((ring, i) => closeRing(ring, i === 0));
  // A closed ring needs four positions (three distinct corners and the first again).
  return coordinates.every((ring) => ring.length >= 4) ? { type: "Polygon", coordinates } : null;
}

export function toSceneFeature(scene: ExportScene): Feature<Polygon | Point, SceneFeatureProperties> {
  const geometry: Polygon | Point = toPolygon(scene.extent) ?? { type: "Point", coordinates: [scene.lng, scene.lat] };
  const { ref, name, municipalityCode, policeArea, district, development, mainSubstance, areaM2 } = scene;
  return {
    type: "Feature",
    id: ref,
    geometry,
    properties: { ref, name, municipalityCode, policeArea, district, development, mainSubstance, areaM2 },
  };
}

export function toSceneFeatureCollection(scenes: ExportScene[]): SceneFeatureCollection {
  return { type: "FeatureCollection", features: scenes.map(toSceneFeature) };
}

// Pure geometry helpers shared by the map components: GeoJSON is [lng, lat], Leaflet is [lat, lng].

export type LatLngTuple = [number, number];
export type Bounds = [LatLngTuple, LatLngTuple];

/** Stockholms län, roughly: the view when there is nothing else to show. */
export const COUNTY_BOUNDS: Bounds = [
  [58.75, 17.2],
  [60.2, 19.1],
];

const ring = (positions: GeoJSON.Position[]): LatLngTuple[] => positions.map(([lng, lat]) => [lat ?? 0, lng ?? 0]);

/** Leaflet positions of a Polygon (rings) or MultiPolygon (polygons of rings). */
export function toLeafletPositions(geometry: GeoJSON.Polygon): LatLngTuple[][];
export function toLeafletPositions(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): LatLngTuple[][] | LatLngTuple[][][];
export function toLeafletPositions(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): LatLngTuple[][] | LatLngTuple[][][] {
  return geometry.type === "Polygon" ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring));
}

/** The smallest box around the points and the extents' outer rings; null when there are none. */
export function boundsOf(items: { lat: number; lng: number; extent?: GeoJSON.Polygon | null }[]): Bounds | null {
  const lats: number[] = [];
  const lngs: number[] = [];
  for (const item of items) {
    lats.push(item.lat);
    lngs.push(item.lng);
    for (const [lng, lat] of item.extent?.coordinates[0] ?? []) {
      if (lat !== undefined && lng !== undefined) {
        lats.push(lat);
        lngs.push(lng);
      }
    }
  }
  if (lats.length === 0) return null;
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

/** Six decimals (about 10 cm) is finer than anyone can click, and keeps the form's text short. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Fill opacity of a municipality in the choropleth: a light floor so that every municipality
 * reads as a shape, rising with its share of the busiest one's scenes.
 */
export function choroplethOpacity(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0.04;
  // At most a third opaque: the scenes drawn on top must stay easy to see.
  return 0.08 + 0.25 * Math.min(count / max, 1);
}

/** Radius in pixels of a municipality's centre circle: the area grows with the count. */
export function countRadius(count: number): number {
  return 6 + 4 * Math.sqrt(count);
}

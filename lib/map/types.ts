import type { SceneStatus } from "@/lib/scenes/status";

// Plain data the map components receive: client-safe, no Prisma or Leaflet types.

export type MapScene = {
  id: string;
  ref: string;
  name: string;
  status: SceneStatus;
  lat: number;
  lng: number;
  extent: GeoJSON.Polygon | null;
  areaM2: number | null;
  municipalityName: string;
  policeAreaName: string;
};

export type MunicipalityShape = {
  code: string;
  name: string;
  centerLat: number;
  centerLng: number;
  sceneCount: number;
  boundary: GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
};

/** null = no tile layer: the map draws on a plain background (no tile server is required). */
export type TileConfig = { url: string; attribution: string; maxNativeZoom?: number } | null;

export type LatLng = { lat: number; lng: number };

/** A municipality or a district on the base map: its outline, where its name goes, its box. */
export type BoundaryFeature = {
  id: string;
  name: string;
  /** [lat, lng] */
  label: [number, number];
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
};

/** The base map's areas: drawn on every map, and the whole map when no tile server answers. */
export type BaseBoundaries = { municipalities: BoundaryFeature[]; districts: BoundaryFeature[] };

"use client";

import "leaflet/dist/leaflet.css";
import { CircleMarker, MapContainer, Polygon } from "react-leaflet";
import { boundsOf, COUNTY_BOUNDS, toLeafletPositions } from "@/lib/map/geometry";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { CURRENT_OUTLINE, POINT_STYLE, PREVIOUS_OUTLINE } from "./extent-comparison-style";
import { MapChrome } from "./map-chrome";

export type ExtentComparisonLeafletProps = {
  tiles: TileConfig;
  point: LatLng;
  current: GeoJSON.Polygon | null;
  previous: GeoJSON.Polygon | null;
  label: string;
  describedBy?: string;
};

/** Both outlines, the previous one on top (hollow), so that neither hides the other. */
export function ExtentComparisonLeaflet({ tiles, point, current, previous, label, describedBy }: ExtentComparisonLeafletProps) {
  const bounds =
    boundsOf([
      { ...point, extent: current },
      { ...point, extent: previous },
    ]) ?? COUNTY_BOUNDS;
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={{ padding: [24, 24], maxZoom: 17 }}
      zoomSnap={0.5}
      zoomControl={false}
      className="h-full rounded border border-slate-300"
    >
      <MapChrome label={label} tiles={tiles} describedBy={describedBy} />
      {current && <Polygon positions={toLeafletPositions(current)} pathOptions={CURRENT_OUTLINE} interactive={false} />}
      {previous && <Polygon positions={toLeafletPositions(previous)} pathOptions={PREVIOUS_OUTLINE} interactive={false} />}
      <CircleMarker center={point} radius={6} pathOptions={POINT_STYLE} interactive={false} />
    </MapContainer>
  );
}

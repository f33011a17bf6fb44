"use client";

import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect } from "react";
import { CircleMarker, MapContainer, useMapEvents } from "react-leaflet";
import { boundsOf, COUNTY_BOUNDS, roundCoordinate } from "@/lib/map/geometry";
import { GeomanExtent } from "./geoman-extent";
import { MapChrome } from "./map-chrome";
import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";
import type { LatLng, TileConfig } from "@/lib/map/types";

export type LocationPickerLeafletProps = {
  tiles: TileConfig;
  point: LatLng | null;
  extent: GeoJSON.Polygon | null;
  onPointChange(point: LatLng): void;
  onExtentChange(extent: GeoJSON.Polygon | null): void;
  label: string;
  describedBy?: string;
};

/** While a geoman tool is active, a click belongs to the tool, not to the point. */
function isToolActive(map: LeafletMap): boolean {
  return map.pm.globalDrawModeEnabled() || map.pm.globalEditModeEnabled() || map.pm.globalRemovalModeEnabled();
}

function PointPicker({ point, onPointChange }: Pick<LocationPickerLeafletProps, "point" | "onPointChange">) {
  const map = useMapEvents({
    click(event) {
      if (isToolActive(map)) return;
      onPointChange({ lat: roundCoordinate(event.latlng.lat), lng: roundCoordinate(event.latlng.lng) });
    },
  });
  // Coordinates typed in the form may lie outside the view: bring them in.
  useEffect(() => {
    if (point && !map.getBounds().contains(point)) map.panTo(point);
  }, [map, point]);
  if (!point) return null;
  // pmIgnore: geoman's tools must neither move nor remove the point.
  return (
    <CircleMarker
      center={point}
      radius={8}
      interactive={false}
      pmIgnore
      pathOptions={{ color: MARKER_OUTLINE, weight: 3, fillColor: STATUS_COLOR.ACTIVE, fillOpacity: 1 }}
    />
  );
}

export function LocationPickerLeaflet({
  tiles,
  point,
  extent,
  onPointChange,
  onExtentChange,
  label,
  describedBy,
}: LocationPickerLeafletProps) {
  const firstVertex = extent?.coordinates[0]?.[0];
  const start = point ?? (firstVertex ? { lat: firstVertex[1] ?? 0, lng: firstVertex[0] ?? 0 } : null);
  const bounds = (start && boundsOf([{ ...start, extent }])) ?? COUNTY_BOUNDS;
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={{ padding: [24, 24], maxZoom: 16 }}
      zoomSnap={0.5}
      zoomControl={false}
      className="h-full rounded border border-slate-300"
    >
      <MapChrome label={label} tiles={tiles} describedBy={describedBy} />
      <PointPicker point={point} onPointChange={onPointChange} />
      <GeomanExtent extent={extent} onExtentChange={onExtentChange} />
    </MapContainer>
  );
}

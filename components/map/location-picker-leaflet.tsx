"use client";

import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect, useRef, useState } from "react";
import { CircleMarker, MapContainer, useMapEvents } from "react-leaflet";
import { boundsOf, COUNTY_BOUNDS, roundCoordinate } from "@/lib/map/geometry";
import { checkPoint } from "@/lib/scenes/geometry";
import { GeomanExtent } from "./geoman-extent";
import { MapChrome } from "./map-chrome";
import { MyPosition } from "./my-position";
import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";
import type { LatLng, TileConfig } from "@/lib/map/types";

export type LocationPickerLeafletProps = {
  tiles: TileConfig;
  point: LatLng | null;
  extent: GeoJSON.Polygon | null;
  /** Absent where the point is fixed (the assessment): clicks then only draw. */
  onPointChange?(point: LatLng): void;
  onExtentChange(extent: GeoJSON.Polygon | null): void;
  label: string;
  describedBy?: string;
};

/** A typed point is shown this close at least: the street, not the county. */
const TYPED_POINT_ZOOM = 15;

const samePoint = (a: LatLng | null, b: LatLng | null) => !!a && !!b && a.lat === b.lat && a.lng === b.lng;

/** While a geoman tool is active, a click belongs to the tool, not to the point. */
function isToolActive(map: LeafletMap): boolean {
  return map.pm.globalDrawModeEnabled() || map.pm.globalEditModeEnabled() || map.pm.globalRemovalModeEnabled();
}

function PointPicker({ point, onPointChange }: Pick<LocationPickerLeafletProps, "point" | "onPointChange">) {
  const clicked = useRef<LatLng | null>(null);
  const previous = useRef(point);
  const map = useMapEvents({
    click(event) {
      if (!onPointChange || isToolActive(map)) return;
      clicked.current = { lat: roundCoordinate(event.latlng.lat), lng: roundCoordinate(event.latlng.lng) };
      onPointChange(clicked.current);
    },
  });
  // Coordinates typed or pasted in the form: go there and close enough to draw (a clicked point is
  // where the user already looks; a half-typed one outside the county is not somewhere to go).
  useEffect(() => {
    if (!point || samePoint(point, previous.current)) return;
    previous.current = point;
    if (samePoint(point, clicked.current) || !checkPoint(point).ok) return;
    map.setView(point, Math.max(map.getZoom(), TYPED_POINT_ZOOM));
  }, [map, point]);
  if (!point) return null;
  // pmIgnore: geoman's tools must neither move nor remove the point.
  return (
    <CircleMarker
      center={point}
      radius={8}
      interactive={false}
      pmIgnore
      snapIgnore
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
  const [map, setMap] = useState<LeafletMap | null>(null);
  const firstVertex = extent?.coordinates[0]?.[0];
  const start = point ?? (firstVertex ? { lat: firstVertex[1] ?? 0, lng: firstVertex[0] ?? 0 } : null);
  const bounds = (start && boundsOf([{ ...start, extent }])) ?? COUNTY_BOUNDS;
  return (
    <div className="flex h-full flex-col gap-2">
      <MyPosition map={map} onPosition={onPointChange} />
      <MapContainer
        ref={setMap}
        bounds={bounds}
        boundsOptions={{ padding: [24, 24], maxZoom: 16 }}
        zoomSnap={0.5}
        zoomControl={false}
        className="min-h-0 flex-1 rounded border border-slate-300"
      >
        <MapChrome label={label} tiles={tiles} describedBy={describedBy} />
        <PointPicker point={point} onPointChange={onPointChange} />
        <GeomanExtent extent={extent} onExtentChange={onExtentChange} />
      </MapContainer>
    </div>
  );
}

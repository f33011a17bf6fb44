"use client";

import { latLngBounds, type LatLngBounds } from "leaflet";
import { useMemo, useState } from "react";
import { Polygon, useMap, useMapEvents } from "react-leaflet";
import { toLeafletPositions } from "@/lib/map/geometry";
import type { MapScene } from "@/lib/map/types";
import { STATUS_COLOR } from "./status-style";

/** The zoom from which the scenes' extents are drawn: a neighbourhood, where an extent is more than a dot. */
export const EXTENT_ZOOM = 13;

type Extent = { scene: MapScene; positions: [number, number][][]; box: LatLngBounds };

/**
 * The simplified extents of the scenes in and around the view, once zoomed in to EXTENT_ZOOM:
 * at national scale only the few near the view become SVG paths, never all of them.
 */
export function SceneExtents({ scenes, onSelect }: { scenes: MapScene[]; onSelect: (scene: MapScene) => void }) {
  const map = useMap();
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), bounds: map.getBounds() }) });
  const extents = useMemo(
    () =>
      scenes.flatMap((scene): Extent[] => {
        if (!scene.extent) return [];
        const positions = toLeafletPositions(scene.extent);
        return [{ scene, positions, box: latLngBounds(positions.flat()) }];
      }),
    [scenes],
  );
  if (view.zoom < EXTENT_ZOOM) return null;
  const near = view.bounds.pad(0.5);
  return extents
    .filter(({ box }) => near.intersects(box))
    .map(({ scene, positions }) => (
      <Polygon
        key={scene.id}
        positions={positions}
        // A class is read when the path is made: pathOptions only restyle it afterwards.
        className="scene-extent"
        pathOptions={{ color: STATUS_COLOR[scene.status], weight: 2, fillOpacity: 0.25 }}
        eventHandlers={{ click: () => onSelect(scene) }}
      />
    ));
}

"use client";

import "leaflet/dist/leaflet.css";
import { useState } from "react";
import { MapContainer, Popup } from "react-leaflet";
import { boundsOf, COUNTY_BOUNDS } from "@/lib/map/geometry";
import type { MapScene, TileConfig } from "@/lib/map/types";
import { FIT, FitBounds } from "./fit-bounds";
import { MapChrome } from "./map-chrome";
import { SceneClusters } from "./scene-clusters";
import { SceneExtents } from "./scene-extents";
import { ScenePopup } from "./scene-popup";

/** The map's own limit: the cluster group needs one, and no tile layer gives it one here (no tile server). */
const MAX_ZOOM = 18;

function SelectedScene({ scene, onClose }: { scene: MapScene; onClose: (scene: MapScene) => void }) {
  return (
    // Opened on the map at the scene's point, whichever of its shapes was clicked. Closing
    // clears only this scene: another one chosen meanwhile stays open.
    <Popup position={[scene.lat, scene.lng]} eventHandlers={{ remove: () => onClose(scene) }}>
      <ScenePopup scene={scene} />
    </Popup>
  );
}

export function DashboardMapLeaflet({ scenes, tiles, label }: { scenes: MapScene[]; tiles: TileConfig; label: string }) {
  const [selected, setSelected] = useState<MapScene | null>(null);
  const bounds = boundsOf(scenes) ?? COUNTY_BOUNDS;
  const close = (scene: MapScene) => setSelected((current) => (current?.id === scene.id ? null : current));
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={FIT}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.5}
      zoomControl={false}
      className="h-full rounded border border-slate-300"
    >
      <MapChrome label={label} tiles={tiles} />
      <FitBounds bounds={bounds} />
      <SceneExtents scenes={scenes} onSelect={setSelected} />
      <SceneClusters scenes={scenes} onSelect={setSelected} />
      {selected && <SelectedScene key={selected.id} scene={selected} onClose={close} />}
    </MapContainer>
  );
}

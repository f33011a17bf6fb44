"use client";

import "leaflet/dist/leaflet.css";
import { CircleMarker, MapContainer, Pane, Polygon, Popup } from "react-leaflet";
import { boundsOf, COUNTY_BOUNDS, toLeafletPositions } from "@/lib/map/geometry";
import { FIT, FitBounds } from "./fit-bounds";
import { MapChrome } from "./map-chrome";
import { MunicipalityLayer } from "./municipality-layer";
import { ScenePopup } from "./scene-popup";
import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";
import type { MapScene, MunicipalityShape, TileConfig } from "@/lib/map/types";

export type SceneMapLeafletProps = { scenes: MapScene[]; municipalities?: MunicipalityShape[]; tiles: TileConfig; label: string };

// Popups name Leaflet's popup pane: inside a <Pane> they would default to that pane and open
// underneath the markers of the panes above it.
function SceneLayers({ scenes }: { scenes: MapScene[] }) {
  return (
    <>
      <Pane name="scene-extents" style={{ zIndex: 410 }}>
        {scenes.map((scene) =>
          scene.extent ? (
            <Polygon
              key={scene.id}
              positions={toLeafletPositions(scene.extent)}
              pathOptions={{ color: STATUS_COLOR[scene.status], weight: 2, fillOpacity: 0.25 }}
            >
              <Popup pane="popupPane">
                <ScenePopup scene={scene} />
              </Popup>
            </Polygon>
          ) : null,
        )}
      </Pane>
      <Pane name="scene-points" style={{ zIndex: 420 }}>
        {scenes.map((scene) => (
          <CircleMarker
            key={scene.id}
            center={[scene.lat, scene.lng]}
            radius={7}
            pathOptions={{ color: MARKER_OUTLINE, weight: 2, fillColor: STATUS_COLOR[scene.status], fillOpacity: 1 }}
          >
            <Popup pane="popupPane">
              <ScenePopup scene={scene} />
            </Popup>
          </CircleMarker>
        ))}
      </Pane>
    </>
  );
}

export function SceneMapLeaflet({ scenes, municipalities, tiles, label }: SceneMapLeafletProps) {
  const bounds = boundsOf(scenes) ?? COUNTY_BOUNDS;
  return (
    <MapContainer bounds={bounds} boundsOptions={FIT} zoomSnap={0.5} zoomControl={false} className="h-full rounded border border-slate-300">
      <MapChrome label={label} tiles={tiles} />
      <FitBounds bounds={bounds} />
      {municipalities && <MunicipalityLayer municipalities={municipalities} />}
      <SceneLayers scenes={scenes} />
    </MapContainer>
  );
}

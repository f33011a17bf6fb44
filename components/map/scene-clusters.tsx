"use client";

import "leaflet.markercluster/dist/MarkerCluster.css";
import L from "leaflet";
// A UMD script that patches the global L, which Leaflet has set by now: after "leaflet", always.
import "leaflet.markercluster";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import type { MapScene } from "@/lib/map/types";
import { EXTENT_ZOOM } from "./scene-extents";
import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";

/** A cluster's icon: its count, sized by it, with a name for screen readers (Leaflet makes it a button). */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const size = count < 10 ? 32 : count < 100 ? 40 : 48;
  return L.divIcon({
    html: `<span aria-hidden="true">${count}</span><span class="sr-only">${mapText.clusterLabel(count)}</span>`,
    className: "scene-cluster",
    iconSize: L.point(size, size),
  });
}

/**
 * The scenes as points coloured by status, gathered into counted clusters while zoomed out (one
 * bulk add, so thousands of scenes cost one layout). From EXTENT_ZOOM on every point stands alone.
 */
export function SceneClusters({ scenes, onSelect }: { scenes: MapScene[]; onSelect: (scene: MapScene) => void }) {
  const map = useMap();
  useEffect(() => {
    const group = L.markerClusterGroup({
      disableClusteringAtZoom: EXTENT_ZOOM,
      showCoverageOnHover: false,
      // At the last clustered zoom a click zooms on into the cluster, where its scenes stand alone
      // with their extents, rather than fanning its points out at a zoom that draws no extents.
      spiderfyOnMaxZoom: false,
      chunkedLoading: true,
      iconCreateFunction: clusterIcon,
    });
    group.addLayers(
      scenes.map((scene) =>
        L.circleMarker([scene.lat, scene.lng], {
          // Above the extents (overlay pane) and below the popups.
          pane: "markerPane",
          className: "scene-point",
          radius: 7,
          color: MARKER_OUTLINE,
          weight: 2,
          fillColor: STATUS_COLOR[scene.status],
          fillOpacity: 1,
        }).on("click", () => onSelect(scene)),
      ),
    );
    map.addLayer(group);
    return () => {
      map.removeLayer(group);
    };
  }, [map, scenes, onSelect]);
  return null;
}

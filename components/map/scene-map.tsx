"use client";

import dynamic from "next/dynamic";
import { MapLegend } from "./map-legend";
import { MapLoading } from "./map-loading";
import type { MapScene, MunicipalityShape, TileConfig } from "@/lib/map/types";

// Leaflet touches `window` when imported: load it in the browser only.
const SceneMapLeaflet = dynamic(() => import("./scene-map-leaflet").then((m) => m.SceneMapLeaflet), {
  ssr: false,
  loading: MapLoading,
});

type Props = { scenes: MapScene[]; municipalities?: MunicipalityShape[]; tiles: TileConfig; height?: string; label: string };

/**
 * The scenes on a map, coloured by status, over the municipalities (choropleth or count
 * circles). The map's content is not reachable by keyboard: pages show it as a table too.
 */
export function SceneMap({ height = "32rem", ...props }: Props) {
  const shading = props.municipalities?.some((m) => m.boundary) ?? false;
  return (
    <div className="flex flex-col gap-2">
      <div style={{ height }}>
        <SceneMapLeaflet {...props} />
      </div>
      <MapLegend shading={shading} />
    </div>
  );
}

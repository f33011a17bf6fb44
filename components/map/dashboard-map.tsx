"use client";

import dynamic from "next/dynamic";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import type { MapScene, TileConfig } from "@/lib/map/types";
import { MapLegend } from "./map-legend";
import { MapLoading } from "./map-loading";
import { useMapScenes, type MapScenesState } from "./use-map-scenes";

// Leaflet touches `window` when imported: load it in the browser only, and only on pages with a map.
const DashboardMapLeaflet = dynamic(() => import("./dashboard-map-leaflet").then((m) => m.DashboardMapLeaflet), {
  ssr: false,
  loading: MapLoading,
});

const t = mapText;
const NONE: MapScene[] = [];

function statusText(state: MapScenesState): string {
  if (state.status === "loading") return t.scenesLoading;
  if (state.status === "error") return t.scenesFailed;
  return t.scenesShown(state.scenes.length);
}

type Props = { year: number; tiles: TileConfig; label: string; height?: string };

/**
 * The dashboard's map: the year's scenes, fetched by the browser after the page, clustered when
 * zoomed out and with their extents when zoomed in. The box has its height from the first paint,
 * so nothing moves when the map arrives. Not reachable by keyboard: the page has the tables.
 */
export function DashboardMap({ year, tiles, label, height = "30rem" }: Props) {
  const state = useMapScenes(year);
  return (
    <div className="flex flex-col gap-2">
      <div style={{ height }}>
        <DashboardMapLeaflet scenes={state.status === "ready" ? state.scenes : NONE} tiles={tiles} label={label} />
      </div>
      <p role="status" className="text-sm text-slate-700" data-scenes={state.status}>
        {statusText(state)}
      </p>
      <MapLegend shading={false} />
    </div>
  );
}

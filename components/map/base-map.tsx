"use client";

import type { TileErrorEvent } from "leaflet";
import { useEffect, useRef, useState } from "react";
import { ScaleControl, TileLayer, useMap } from "react-leaflet";
import type { TileConfig } from "@/lib/map/types";
import { BoundaryLayer } from "./boundary-layer";
import { useBoundaries } from "./use-boundaries";

/** Failed tiles, with none loaded, after which the tile server counts as unreachable. */
const UNREACHABLE_AFTER = 4;

/**
 * What lies under every map: the configured tiles while the tile server answers, the
 * municipality and district boundaries with their names, and a metric scale bar. Without tiles
 * (none configured, or the server unreachable) the boundaries are the base map: never a grey
 * canvas or broken tile images.
 */
export function BaseMap({ tiles }: { tiles: TileConfig }) {
  const map = useMap();
  const boundaries = useBoundaries();
  const [unreachable, setUnreachable] = useState(false);
  const failures = useRef({ errors: 0, loaded: false });
  const showTiles = !!tiles && !unreachable;

  useEffect(() => {
    const container = map.getContainer();
    container.classList.toggle("map-no-tiles", !showTiles);
    // For tests and scripts: the base map has been drawn (with or without boundaries).
    if (boundaries) container.setAttribute("data-base-map", boundaries.municipalities.length > 0 ? "boundaries" : "plain");
  }, [map, showTiles, boundaries]);

  const onTileError = ({ tile }: TileErrorEvent) => {
    // An empty image, not the browser's broken-image sign.
    tile.style.visibility = "hidden";
    failures.current.errors += 1;
    if (!failures.current.loaded && failures.current.errors >= UNREACHABLE_AFTER) setUnreachable(true);
  };

  return (
    <>
      {showTiles && (
        <TileLayer
          url={tiles.url}
          attribution={tiles.attribution}
          maxNativeZoom={tiles.maxNativeZoom}
          maxZoom={19}
          eventHandlers={{ tileerror: onTileError, tileload: () => (failures.current.loaded = true) }}
        />
      )}
      {boundaries && <BoundaryLayer boundaries={boundaries} filled={!showTiles} />}
      {/* Top right: at a phone's width the credits wrap over the bottom left corner. */}
      <ScaleControl position="topright" imperial={false} />
    </>
  );
}

"use client";

import type { FitBoundsOptions } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Bounds } from "@/lib/map/geometry";

// A lone scene would otherwise be shown at the deepest zoom, with nothing around it. (The maps
// snap to half zoom steps: at whole steps the county fills only half of a 32rem box.)
export const FIT: FitBoundsOptions = { padding: [24, 24], maxZoom: 15 };

/** Refits when the scenes' bounds change (a new filter, the scenes arriving), not on every render. */
export function FitBounds({ bounds: [[south, west], [north, east]] }: { bounds: Bounds }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      FIT,
    );
  }, [map, south, west, north, east]);
  return null;
}

"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { ExtentComparisonLeafletProps } from "./extent-comparison-leaflet";

// Leaflet touches `window` when imported: load it in the browser only, and only on the page that
// shows the comparison.
const ExtentComparisonLeaflet = dynamic(() => import("./extent-comparison-leaflet").then((m) => m.ExtentComparisonLeaflet), {
  ssr: false,
  loading: MapLoading,
});

/** This year's extent and the previous one's on a map; the page gives the same in words beside it. */
export function ExtentComparisonMap({ height = "22rem", ...props }: ExtentComparisonLeafletProps & { height?: string }) {
  return (
    <div style={{ height }}>
      <ExtentComparisonLeaflet {...props} />
    </div>
  );
}

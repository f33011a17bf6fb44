"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import { messages } from "@/lib/i18n";
import { MapLoading } from "./map-loading";
import type { LocationPickerLeafletProps } from "./location-picker-leaflet";

// Leaflet and geoman touch `window` when imported: load them in the browser only.
const LocationPickerLeaflet = dynamic(() => import("./location-picker-leaflet").then((m) => m.LocationPickerLeaflet), {
  ssr: false,
  loading: MapLoading,
});

type Props = Omit<LocationPickerLeafletProps, "describedBy"> & { height?: string };

/**
 * Sets a scene's point (a click) and draws its extent (geoman's polygon tool), controlled by the
 * form: it reports changes and shows whatever the form holds, typed or drawn. Keyboard users
 * enter the same values in the form's coordinate and GeoJSON fields.
 */
export function LocationPicker({ height = "24rem", ...props }: Props) {
  const instructionsId = useId();
  return (
    <div className="flex flex-col gap-2">
      <p id={instructionsId} className="text-sm text-slate-700">
        {messages.map.pickerInstructions}
      </p>
      <div style={{ height }}>
        <LocationPickerLeaflet {...props} describedBy={instructionsId} />
      </div>
    </div>
  );
}

"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useId } from "react";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import { MapLoading } from "./map-loading";
import type { LocationPickerLeafletProps } from "./location-picker-leaflet";

const t = mapText;

// Leaflet and geoman touch `window` when imported: load them in the browser only.
const LocationPickerLeaflet = dynamic(() => import("./location-picker-leaflet").then((m) => m.LocationPickerLeaflet), {
  ssr: false,
  loading: MapLoading,
});

type Props = Omit<LocationPickerLeafletProps, "describedBy"> & {
  height?: string;
  /** Where the point is fixed: the page where it can be moved, when the user may move it. */
  movePointHref?: string | null;
};

function FixedPointInstructions({ id, movePointHref }: { id: string; movePointHref?: string | null }) {
  return (
    <div id={id} className="flex flex-col gap-1 text-sm text-slate-700">
      <p>{t.fixedPointInstructions}</p>
      {movePointHref ? (
        <p>
          {t.movePointAt}{" "}
          <Link href={movePointHref} className="text-blue-800 underline">
            {t.movePointLink}
          </Link>
        </p>
      ) : (
        <p>{t.movePointElsewhere}</p>
      )}
    </div>
  );
}

/**
 * Sets a scene's point (a click, or the user's position) and draws its extent (geoman's polygon
 * tool), controlled by the form: it reports changes and shows whatever the form holds, typed or
 * drawn. Keyboard users enter the same values in the form's coordinate and GeoJSON fields.
 */
export function LocationPicker({ height = "24rem", movePointHref, ...props }: Props) {
  const instructionsId = useId();
  return (
    <div className="flex flex-col gap-2">
      {props.onPointChange ? (
        <p id={instructionsId} className="text-sm text-slate-700">
          {t.pickerInstructions}
        </p>
      ) : (
        <FixedPointInstructions id={instructionsId} movePointHref={movePointHref} />
      )}
      <div style={{ height }}>
        <LocationPickerLeaflet {...props} describedBy={instructionsId} />
      </div>
    </div>
  );
}

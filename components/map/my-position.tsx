"use client";

import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { roundCoordinate } from "@/lib/map/geometry";
import type { LatLng } from "@/lib/map/types";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import { MARKER_OUTLINE } from "./status-style";

const t = mapText;

/** Close enough to see the street and draw the extent. */
const POSITION_ZOOM = 16;
const YOU_ARE_HERE: L.CircleMarkerOptions = {
  radius: 7,
  color: MARKER_OUTLINE,
  weight: 2,
  fillColor: "#ffffff",
  fillOpacity: 1,
  interactive: false,
  pmIgnore: true,
  snapIgnore: true,
};

type Props = {
  map: L.Map | null;
  /** Sets the scene's point; absent where the point is fixed (the map then only shows where you are). */
  onPosition?: (point: LatLng) => void;
};

function positionError(error: GeolocationPositionError): string {
  return error.code === error.PERMISSION_DENIED ? t.positionDenied : t.positionUnavailable;
}

/**
 * "Min position" for an analyst on site: the browser's geolocation, asked for only on a click
 * (the browser then asks the user), and a Swedish message when it is refused or unavailable.
 */
export function MyPosition({ map, onPosition }: Props) {
  const [message, setMessage] = useState("");
  const marker = useRef<L.CircleMarker | null>(null);
  useEffect(() => () => void marker.current?.remove(), []);

  const show = (point: LatLng) => {
    if (!map) return;
    map.setView(point, Math.max(map.getZoom(), POSITION_ZOOM));
    if (onPosition) return onPosition(point);
    marker.current?.remove();
    marker.current = L.circleMarker(point, YOU_ARE_HERE).addTo(map);
  };

  const locate = () => {
    if (!("geolocation" in navigator)) return setMessage(t.positionUnsupported);
    setMessage(t.positionLocating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setMessage(t.positionFound(coords.accuracy));
        show({ lat: roundCoordinate(coords.latitude), lng: roundCoordinate(coords.longitude) });
      },
      (error) => setMessage(positionError(error)),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <button
        type="button"
        onClick={locate}
        disabled={!map}
        title={onPosition ? t.myPositionHint : t.myPositionHintFixed}
        className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-60"
      >
        {t.myPosition}
      </button>
      <p aria-live="polite" className="text-slate-700" data-testid="position-message">
        {message}
      </p>
    </div>
  );
}

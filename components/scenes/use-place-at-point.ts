"use client";

import { useEffect, useRef, useState } from "react";
import type { PlaceAtPoint } from "@/lib/areas/place-at-point";
import { placeLookupUrl } from "@/lib/areas/point-query";
import type { LatLng } from "@/lib/map/types";
import { checkPoint } from "@/lib/scenes/geometry";

export type Lookup = { state: "idle" } | { state: "pending" } | { state: "failed" } | { state: "done"; place: PlaceAtPoint };

/** Time to let typing settle before asking: a typed coordinate changes with every key. */
const SETTLE_MS = 300;

const keyOf = (point: LatLng | null) => (point ? `${point.lat.toFixed(6)},${point.lng.toFixed(6)}` : "");

/**
 * The place at the point, asked for whenever the point changes after the form was shown (a click
 * on the map or typed coordinates); the point the form opened with is the stored one, not asked.
 * A point outside the county is not asked about: its field says why on submit.
 */
export function usePlaceAtPoint(point: LatLng | null, onPlace: (place: PlaceAtPoint) => void): Lookup {
  const [lookup, setLookup] = useState<Lookup & { key: string }>({ state: "idle", key: "" });
  const opened = useRef(keyOf(point));
  const latest = useRef(onPlace);
  useEffect(() => {
    latest.current = onPlace;
  });
  const key = keyOf(point);
  useEffect(() => {
    if (!point || key === opened.current || !checkPoint(point).ok) return;
    opened.current = "";
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLookup({ state: "pending", key });
      fetch(placeLookupUrl(point), { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const place = (await response.json()) as PlaceAtPoint;
          latest.current(place);
          setLookup({ state: "done", place, key });
        })
        .catch(() => {
          if (!controller.signal.aborted) setLookup({ state: "failed", key });
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The key stands for the point: a new object with the same coordinates asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return lookup.key === key ? lookup : { state: "idle" };
}

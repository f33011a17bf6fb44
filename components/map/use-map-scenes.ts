"use client";

import { useEffect, useState } from "react";
import type { MapScene } from "@/lib/map/types";

export type MapScenesState = { status: "loading" } | { status: "error" } | { status: "ready"; scenes: MapScene[] };

/**
 * The year's counted scenes for the dashboard's map, from /api/map/scenes/{year}. The browser's
 * own cache keeps the answer: the route sends an ETag with "no-cache", so a revisit costs a 304.
 */
export function useMapScenes(year: number): MapScenesState {
  // Kept with the year it belongs to: another year reads as loading until its answer arrives.
  const [loaded, setLoaded] = useState<{ year: number; state: MapScenesState } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch(`/api/map/scenes/${year}`, { credentials: "same-origin", signal: abort.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        const scenes = (await response.json()) as MapScene[];
        setLoaded({ year, state: { status: "ready", scenes } });
      })
      .catch(() => {
        if (!abort.signal.aborted) setLoaded({ year, state: { status: "error" } });
      });
    return () => abort.abort();
  }, [year]);
  return loaded?.year === year ? loaded.state : { status: "loading" };
}

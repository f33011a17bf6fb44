"use client";

import { useEffect, useState } from "react";
import type { BaseBoundaries } from "@/lib/map/types";

const EMPTY: BaseBoundaries = { municipalities: [], districts: [] };

// One request per page, however many maps it has (the browser caches it across pages).
let request: Promise<BaseBoundaries> | null = null;

function loadBoundaries(): Promise<BaseBoundaries> {
  request ??= fetch("/api/map/boundaries", { credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<BaseBoundaries>) : EMPTY))
    .catch(() => {
      // A network error: the map goes on without its boundaries; the next map asks again.
      request = null;
      return EMPTY;
    });
  return request;
}

/** The base map's areas; null while they load, empty lists when none are available. */
export function useBoundaries(): BaseBoundaries | null {
  const [boundaries, setBoundaries] = useState<BaseBoundaries | null>(null);
  useEffect(() => {
    let current = true;
    void loadBoundaries().then((loaded) => {
      if (current) setBoundaries(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return boundaries;
}

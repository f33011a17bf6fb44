"use client";

// leaflet-gesture-handling patches the global L (set by Leaflet itself) when imported: import it
// after Leaflet, in the browser only. It lets one finger (or the wheel) scroll the page past a map
// and two fingers (or Ctrl + wheel) move it, instead of trapping the page.
import "leaflet";
import "leaflet-gesture-handling";
import "leaflet-gesture-handling/dist/leaflet-gesture-handling.css";
import type { Map as LeafletMap } from "leaflet";
import { map as mapText } from "@/lib/i18n/sv/scenes";

declare module "leaflet" {
  interface MapOptions {
    gestureHandling?: boolean;
    gestureHandlingOptions?: { text?: { touch: string; scroll: string; scrollMac: string }; duration?: number };
  }
  interface Map {
    gestureHandling?: Handler;
  }
}

/** Turns gesture handling on, with the app's Swedish texts whatever the browser's language. */
export function enableGestureHandling(map: LeafletMap): void {
  map.options.gestureHandlingOptions = { text: { ...mapText.gestures }, duration: 1500 };
  map.gestureHandling?.enable();
}

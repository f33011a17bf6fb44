"use client";

import "./map-overrides.css";
import type { PopupEvent } from "leaflet";
import { useEffect } from "react";
import { ZoomControl, useMap } from "react-leaflet";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import type { TileConfig } from "@/lib/map/types";
import { BaseMap } from "./base-map";
import { enableGestureHandling } from "./gesture-handling";

const t = mapText;

type Props = { label: string; tiles: TileConfig; describedBy?: string };

/**
 * What every map shares: the base map (tiles, boundaries, names, scale), Swedish control labels,
 * gesture handling, and a name for Leaflet's container, which is the element keyboard focus
 * lands on (Leaflet's own keyboard support: arrows pan, +/- zoom).
 */
export function MapChrome({ label, tiles, describedBy }: Props) {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    if (describedBy) container.setAttribute("aria-describedby", describedBy);
    else container.removeAttribute("aria-describedby");
  }, [map, label, describedBy]);

  useEffect(() => {
    // The settled zoom level, for scripts and tests that zoom step by step: Leaflet ignores a
    // zoom asked for while it is still animating the previous one, so they wait for zoomend.
    const container = map.getContainer();
    const showZoom = () => container.setAttribute("data-zoom", String(map.getZoom()));
    showZoom();
    map.on("zoomend", showZoom);
    return () => {
      map.off("zoomend", showZoom);
    };
  }, [map]);

  useEffect(() => {
    enableGestureHandling(map);
  }, [map]);

  useEffect(() => {
    // Leaflet labels the popup's close button "Close popup" in English.
    const relabel = (event: PopupEvent) => {
      event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", t.closePopup);
    };
    map.on("popupopen", relabel);
    return () => {
      map.off("popupopen", relabel);
    };
  }, [map]);

  return (
    <>
      <ZoomControl position="topleft" zoomInTitle={t.zoomIn} zoomOutTitle={t.zoomOut} />
      <BaseMap tiles={tiles} />
    </>
  );
}

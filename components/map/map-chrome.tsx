"use client";

import type { PopupEvent } from "leaflet";
import { useEffect } from "react";
import { TileLayer, ZoomControl, useMap } from "react-leaflet";
import { messages } from "@/lib/i18n";
import type { TileConfig } from "@/lib/map/types";

const t = messages.map;

type Props = { label: string; tiles: TileConfig; describedBy?: string };

/**
 * What both maps share: the tile layer (none when no tile server is configured), Swedish
 * control labels, and a name for Leaflet's container, which is the element keyboard focus
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
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
    </>
  );
}

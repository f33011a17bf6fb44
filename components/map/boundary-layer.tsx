"use client";

import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { Marker, Pane, Polygon, useMap, useMapEvent } from "react-leaflet";
import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import { toLeafletPositions } from "@/lib/map/geometry";
import { labelWidth, placeLabels, type LabelBox } from "@/lib/map/labels";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import type { BaseBoundaries, BoundaryFeature } from "@/lib/map/types";

const t = mapText;

/** Below this zoom Stockholm's districts are too small to name (the county fills the map). */
const DISTRICT_LABEL_MIN_ZOOM = 10;
const LABEL_HEIGHT = 16;

// Lines dark enough to read on a tile map and on the plain background (3:1 against both); the
// fill only when there are no tiles, so that land stands out from what lies outside the county.
const MUNICIPALITY_LINE: L.PathOptions = { color: "#57534e", weight: 1.5, fill: false };
const MUNICIPALITY_FILLED: L.PathOptions = { ...MUNICIPALITY_LINE, fill: true, fillColor: "#f7f5ef", fillOpacity: 1 };
const DISTRICT_LINE: L.PathOptions = { color: "#78716c", weight: 1, dashArray: "4 4", fill: false };
const DISTRICT_FILLED: L.PathOptions = { ...DISTRICT_LINE, fill: true, fillColor: MUNICIPALITY_FILLED.fillColor, fillOpacity: 1 };

// Not part of what is drawn: geoman must neither edit, remove nor snap to the base map.
const BASE_LAYER = { interactive: false, pmIgnore: true, snapIgnore: true } as const;

/** Adds a layer's credit to the attribution control while the map shows that layer. */
function useAttribution(text: string | null) {
  const map = useMap();
  useEffect(() => {
    if (!text || !map.attributionControl) return;
    map.attributionControl.addAttribution(text);
    return () => {
      map.attributionControl?.removeAttribution(text);
    };
  }, [map, text]);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

type LabelKind = "municipality" | "district";

// The fonts of map-overrides.css: names are measured as drawn, so that their boxes do not overlap.
const LABEL_FONT: Record<LabelKind, string> = {
  municipality: "600 12px ui-sans-serif, system-ui, sans-serif",
  district: "italic 500 11px ui-sans-serif, system-ui, sans-serif",
};
let measure: CanvasRenderingContext2D | null | undefined;

function measureLabel(name: string, kind: LabelKind): number {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return labelWidth(name);
  measure.font = LABEL_FONT[kind];
  return Math.ceil(measure.measureText(name).width) + 8;
}

function labelIcon(feature: BoundaryFeature, kind: LabelKind): L.DivIcon {
  return L.divIcon({
    className: `map-area-label map-area-label-${kind}`,
    html: escapeHtml(feature.name),
    iconSize: [measureLabel(feature.name, kind), LABEL_HEIGHT],
  });
}

/** Each label's box in pixels at the zoom level: districts first when named, then the largest areas. */
function labelBoxes(map: L.Map, boundaries: BaseBoundaries, icons: Map<string, L.DivIcon>, zoom: number): LabelBox[] {
  const box = (feature: BoundaryFeature): LabelBox => {
    const [lat, lng] = feature.label;
    const [west, , east] = feature.bbox;
    const point = map.project([lat, lng], zoom);
    const areaWidth = map.project([lat, east], zoom).x - map.project([lat, west], zoom).x;
    const [width = labelWidth(feature.name)] = (icons.get(feature.id)?.options.iconSize as [number, number] | undefined) ?? [];
    return { id: feature.id, x: point.x, y: point.y, width, height: LABEL_HEIGHT, areaWidth };
  };
  const byWidth = (a: BoundaryFeature, b: BoundaryFeature) => b.bbox[2] - b.bbox[0] - (a.bbox[2] - a.bbox[0]);
  const districts = zoom >= DISTRICT_LABEL_MIN_ZOOM ? [...boundaries.districts].sort(byWidth).map(box) : [];
  return [...districts, ...[...boundaries.municipalities].sort(byWidth).map(box)];
}

/** The areas' names, as many as fit without overlapping at the current zoom. */
function AreaLabels({ boundaries }: { boundaries: BaseBoundaries }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent("zoomend", () => setZoom(map.getZoom()));
  const icons = useMemo(
    () =>
      new Map([
        ...boundaries.municipalities.map((f) => [f.id, labelIcon(f, "municipality")] as const),
        ...boundaries.districts.map((f) => [f.id, labelIcon(f, "district")] as const),
      ]),
    [boundaries],
  );
  const shown = useMemo(() => placeLabels(labelBoxes(map, boundaries, icons, zoom)), [map, boundaries, icons, zoom]);
  const features = [...boundaries.districts, ...boundaries.municipalities].filter((f) => shown.has(f.id));
  return (
    <Pane name="base-labels" style={{ zIndex: 390, pointerEvents: "none" }}>
      {features.map((feature) => (
        <Marker key={feature.id} position={feature.label} icon={icons.get(feature.id)!} keyboard={false} {...BASE_LAYER} />
      ))}
    </Pane>
  );
}

/**
 * The municipalities and Stockholm's districts with their names: on a tile map for orientation,
 * and without tiles the base map itself (filled land on a plain background).
 */
export function BoundaryLayer({ boundaries, filled }: { boundaries: BaseBoundaries; filled: boolean }) {
  useAttribution(boundaries.municipalities.length > 0 ? t.municipalityCredit : null);
  useAttribution(boundaries.districts.length > 0 ? t.districtCredit : null);
  const map = useMap();
  // Stockholm's land is drawn by its districts (land only, finer): the county file's simplified
  // outline would fill Riddarfjärden and leave parts of Kungsholmen as water.
  const landFromDistricts = boundaries.districts.length > 0;
  useEffect(() => {
    // The names repeat what the page says in words; to a screen reader they are noise.
    map.getPane("base-labels")?.setAttribute("aria-hidden", "true");
  });
  return (
    <>
      <Pane name="base-areas" style={{ zIndex: 250 }}>
        {boundaries.municipalities.map((m) => (
          <Polygon
            key={m.id}
            positions={toLeafletPositions(m.geometry)}
            pathOptions={filled && !(m.id === STOCKHOLM_CITY && landFromDistricts) ? MUNICIPALITY_FILLED : MUNICIPALITY_LINE}
            {...BASE_LAYER}
          />
        ))}
        {boundaries.districts.map((d) => (
          <Polygon
            key={d.id}
            positions={toLeafletPositions(d.geometry)}
            pathOptions={filled ? DISTRICT_FILLED : DISTRICT_LINE}
            {...BASE_LAYER}
          />
        ))}
      </Pane>
      <AreaLabels boundaries={boundaries} />
    </>
  );
}

"use client";

import "@geoman-io/leaflet-geoman-free";
import "@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css";
import L from "leaflet";
import { useEffect, useEffectEvent, useRef } from "react";
import { useMap } from "react-leaflet";
import { toLeafletPositions } from "@/lib/map/geometry";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import { STATUS_COLOR } from "./status-style";

const t = mapText.drawing;

const translations: L.PM.Translations = {
  tooltips: { firstVertex: t.firstVertex, continueLine: t.continueLine, finishPoly: t.finishPoly },
  actions: { finish: t.finish, cancel: t.cancel, removeLastVertex: t.removeLastVertex },
  buttonTitles: { drawPolyButton: t.drawPolygon, editButton: t.edit, deleteButton: t.remove },
};

// Only the polygon tool and editing or removing it: an extent is one polygon.
const toolbar: L.PM.ToolbarOptions = {
  position: "topleft",
  drawMarker: false,
  drawCircleMarker: false,
  drawPolyline: false,
  drawRectangle: false,
  drawPolygon: true,
  drawCircle: false,
  drawText: false,
  editMode: true,
  dragMode: false,
  cutPolygon: false,
  removalMode: true,
  rotateMode: false,
};

const extentStyle: L.PathOptions = { color: STATUS_COLOR.ACTIVE, fillColor: STATUS_COLOR.ACTIVE, fillOpacity: 0.2, weight: 2 };

/** Geoman titles the button's wrapper, not the button: give each button its name (axe: button-name). */
function labelToolbarButtons(container: HTMLElement) {
  for (const button of container.querySelectorAll<HTMLElement>(
    ".leaflet-pm-toolbar .button-container > a.leaflet-buttons-control-button",
  )) {
    const title = button.parentElement?.getAttribute("title");
    if (title) button.setAttribute("aria-label", title);
  }
}

/**
 * Geoman's vertex and cursor markers are Leaflet markers, which Leaflet makes unnamed, tabbable
 * buttons. They only work with a pointer; keyboard and screen-reader users edit the extent in the
 * form's GeoJSON field instead, so take them out of the tab order and the accessibility tree.
 */
function hidePointerOnlyMarker({ layer }: L.LayerEvent) {
  const element = layer instanceof L.Marker ? layer.getElement() : undefined;
  if (!element) return;
  element.removeAttribute("role");
  element.setAttribute("tabindex", "-1");
  element.setAttribute("aria-hidden", "true");
}

/** A closed [lng, lat] ring, six decimals, as the form stores it. */
function toPolygon(layer: L.Polygon): GeoJSON.Polygon {
  return layer.toGeoJSON(6).geometry as GeoJSON.Polygon;
}

/** Inside the view and big enough to see and edit (a pasted extent may be a speck at county zoom). */
function isWellInView(map: L.Map, bounds: L.LatLngBounds): boolean {
  const diagonal = map.latLngToContainerPoint(bounds.getNorthEast()).distanceTo(map.latLngToContainerPoint(bounds.getSouthWest()));
  return map.getBounds().contains(bounds) && diagonal >= 40;
}

type Props = { extent: GeoJSON.Polygon | null; onExtentChange(extent: GeoJSON.Polygon | null): void };

/** The extent polygon, drawn and edited with leaflet-geoman, kept in step with the form. */
export function GeomanExtent({ extent, onExtentChange }: Props) {
  const map = useMap();
  const layerRef = useRef<L.Polygon | null>(null);
  const emit = useEffectEvent((layer: L.Polygon | null) => onExtentChange(layer ? toPolygon(layer) : null));

  useEffect(() => {
    map.pm.setLang("sv", translations, "en");
    map.pm.setGlobalOptions({
      allowSelfIntersection: false,
      pathOptions: extentStyle,
      templineStyle: extentStyle,
      hintlineStyle: { ...extentStyle, dashArray: "5,5" },
    });
    map.pm.addControls(toolbar);
    labelToolbarButtons(map.getContainer());

    const onCreate = ({ layer }: { layer: L.Layer }) => {
      if (!(layer instanceof L.Polygon)) return;
      if (layerRef.current && layerRef.current !== layer) layerRef.current.remove();
      layerRef.current = layer;
      layer.on("pm:edit", () => emit(layer));
      emit(layer);
    };
    const onRemove = ({ layer }: { layer: L.Layer }) => {
      if (layer !== layerRef.current) return;
      layerRef.current = null;
      emit(null);
    };
    map.on("pm:create", onCreate);
    map.on("pm:remove", onRemove);
    map.on("layeradd", hidePointerOnlyMarker);
    return () => {
      map.off("layeradd", hidePointerOnlyMarker);
      map.off("pm:create", onCreate);
      map.off("pm:remove", onRemove);
      map.pm.removeControls();
    };
  }, [map]);

  // An extent typed or pasted in the form replaces the drawn one; the map's own changes come
  // back here unchanged and are left alone (rebuilding would interrupt an edit).
  useEffect(() => {
    const current = layerRef.current;
    if (JSON.stringify(current ? toPolygon(current) : null) === JSON.stringify(extent)) return;
    current?.remove();
    layerRef.current = null;
    if (!extent) return;
    const layer = L.polygon(toLeafletPositions(extent), extentStyle).addTo(map);
    layer.on("pm:edit", () => emit(layer));
    layerRef.current = layer;
    if (!isWellInView(map, layer.getBounds())) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 17 });
  }, [map, extent]);

  return null;
}

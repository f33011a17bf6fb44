"use client";

import { CircleMarker, Pane, Polygon, Tooltip } from "react-leaflet";
import { choroplethOpacity, countRadius, toLeafletPositions } from "@/lib/map/geometry";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import { SHADING_COLOR } from "./status-style";
import type { MunicipalityShape } from "@/lib/map/types";

/**
 * Municipalities under the scenes: a choropleth where a boundary has been imported, else a
 * circle at the centre sized by the count (a municipality without scenes then shows nothing).
 */
export function MunicipalityLayer({ municipalities }: { municipalities: MunicipalityShape[] }) {
  const max = Math.max(0, ...municipalities.map((m) => m.sceneCount));
  return (
    <Pane name="municipalities" style={{ zIndex: 350 }}>
      {municipalities.map((m) => {
        const tooltip = (
          <Tooltip sticky pane="tooltipPane">
            {mapText.sceneCount(m.name, m.sceneCount)}
          </Tooltip>
        );
        if (m.boundary) {
          const style = { color: "#475569", weight: 1, fillColor: SHADING_COLOR, fillOpacity: choroplethOpacity(m.sceneCount, max) };
          return (
            <Polygon key={m.code} positions={toLeafletPositions(m.boundary)} pathOptions={style}>
              {tooltip}
            </Polygon>
          );
        }
        if (m.sceneCount <= 0) return null;
        return (
          <CircleMarker
            key={m.code}
            center={[m.centerLat, m.centerLng]}
            radius={countRadius(m.sceneCount)}
            pathOptions={{ color: SHADING_COLOR, weight: 1.5, fillColor: SHADING_COLOR, fillOpacity: 0.25 }}
          >
            {tooltip}
          </CircleMarker>
        );
      })}
    </Pane>
  );
}

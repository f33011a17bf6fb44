"use client";

import type { Polygon } from "geojson";
import { useEffect, useMemo, useState } from "react";
import { ExtentStatus } from "@/components/map/extent-status";
import { LocationPicker } from "@/components/map/location-picker";
import type { TileConfig } from "@/lib/map/types";
import { Field, inputClass } from "@/components/ui/field";
import { parseDecimal } from "@/lib/forms/fields";
import { scenes as scenesText } from "@/lib/i18n/sv/scenes";
import { checkPoint, parseExtentPolygon, type LatLng } from "@/lib/scenes/geometry";

const t = scenesText;

type Props = {
  tiles: TileConfig;
  initial: { lat: string; lng: string; extent: string };
  errors: { lat?: string[]; lng?: string[]; extent?: string[] };
  /** Told of the point whenever it changes, clicked on the map or typed (the form fills in its areas). */
  onPointChange?: (point: LatLng | null) => void;
};

export function readPoint(lat: string, lng: string): LatLng | null {
  const point = { lat: parseDecimal(lat), lng: parseDecimal(lng) };
  return Number.isFinite(point.lat) && Number.isFinite(point.lng) ? point : null;
}

/**
 * The scene's point and extent as plain fields (typed coordinates, pasted GeoJSON), which is all
 * the form needs without JavaScript; with it, the map edits the same fields.
 */
export function ScenePlaceFields({ tiles, initial, errors, onPointChange }: Props) {
  const [lat, setLat] = useState(initial.lat);
  const [lng, setLng] = useState(initial.lng);
  const [extentText, setExtentText] = useState(initial.extent);
  const point = useMemo(() => readPoint(lat, lng), [lat, lng]);
  useEffect(() => onPointChange?.(point), [point, onPointChange]);
  // The map shows the polygon even when it breaks a rule; the line below it says which.
  const polygon: Polygon | null = useMemo(() => parseExtentPolygon(extentText), [extentText]);

  return (
    <fieldset className="flex flex-col gap-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-medium">{t.location}</legend>
      <LocationPicker
        tiles={tiles}
        point={point}
        extent={polygon}
        onPointChange={(p) => {
          setLat(p.lat.toFixed(6));
          setLng(p.lng.toFixed(6));
        }}
        onExtentChange={(p) => setExtentText(p ? JSON.stringify(p) : "")}
        label={t.mapLabel}
      />
      <p className="text-sm text-slate-600" id="field-point-hint">
        {t.pointHint}
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <ControlledText name="lat" label={t.lat} value={lat} onChange={setLat} errors={errors.lat} />
        <ControlledText name="lng" label={t.lng} value={lng} onChange={setLng} errors={errors.lng} />
      </div>
      <Field name="extent" label={t.extent} hint={t.extentHint} errors={errors.extent}>
        {(aria) => (
          <textarea
            {...aria}
            name="extent"
            rows={5}
            value={extentText}
            onChange={(e) => setExtentText(e.target.value)}
            className={`${inputClass} font-mono text-sm`}
            spellCheck={false}
          />
        )}
      </Field>
      {/* The server measures the distance from a valid point only. */}
      <ExtentStatus text={extentText} point={point && checkPoint(point).ok ? point : null} />
    </fieldset>
  );
}

function ControlledText({
  name,
  label,
  value,
  onChange,
  errors,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
}) {
  return (
    <Field name={name} label={label} errors={errors}>
      {(aria) => (
        <input
          {...aria}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />
      )}
    </Field>
  );
}

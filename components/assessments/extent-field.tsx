"use client";

import { useMemo, useState } from "react";
import { ExtentStatus } from "@/components/map/extent-status";
import { LocationPicker } from "@/components/map/location-picker";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { Field, inputClass } from "@/components/ui/field";
import { assessmentForm } from "@/lib/i18n/sv/assessments";
import { scenes as scenesText } from "@/lib/i18n/sv/scenes";
import { parseExtentPolygon } from "@/lib/scenes/geometry";

const t = assessmentForm;

type Props = {
  tiles: TileConfig;
  point: LatLng;
  initial: string;
  errors?: string[];
  /** The scene's edit page, where its point is moved, when the user may edit the scene. */
  movePointHref?: string | null;
  /** Told of every change, drawn or typed (a drawing changes the field without an input event). */
  onChange?: (text: string) => void;
};

/** The scene's extent this year: a GeoJSON field, edited on the map when JavaScript runs. */
export function ExtentField({ tiles, point, initial, errors, onChange, movePointHref }: Props) {
  const [text, setValue] = useState(initial);
  const setText = (value: string) => {
    setValue(value);
    onChange?.(value);
  };
  const polygon = useMemo(() => parseExtentPolygon(text), [text]);
  return (
    <div className="flex flex-col gap-3">
      <LocationPicker
        tiles={tiles}
        point={point}
        extent={polygon}
        // No onPointChange: the scene's point is fixed here; only its extent changes from year to year.
        movePointHref={movePointHref}
        onExtentChange={(polygon) => setText(polygon ? JSON.stringify(polygon) : "")}
        label={scenesText.mapLabel}
      />
      <Field name="extent" label={t.extent} hint={t.extentHint} errors={errors}>
        {(aria) => (
          <textarea
            {...aria}
            name="extent"
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className={`${inputClass} font-mono text-sm`}
            spellCheck={false}
          />
        )}
      </Field>
      <ExtentStatus text={text} point={point} />
    </div>
  );
}

"use client";

import { useMemo, useState } from "react";
import { LocationPicker } from "@/components/map/location-picker";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { Field, inputClass } from "@/components/ui/field";
import { messages } from "@/lib/i18n";
import { checkExtent, formatArea } from "@/lib/scenes/geometry";

const t = messages.assessmentForm;

type Props = {
  tiles: TileConfig;
  point: LatLng;
  initial: string;
  errors?: string[];
  /** Told of every change, drawn or typed (a drawing changes the field without an input event). */
  onChange?: (text: string) => void;
};

/** The scene's extent this year: a GeoJSON field, edited on the map when JavaScript runs. */
export function ExtentField({ tiles, point, initial, errors, onChange }: Props) {
  const [text, setValue] = useState(initial);
  const setText = (value: string) => {
    setValue(value);
    onChange?.(value);
  };
  const extent = useMemo(() => (text.trim() ? checkExtent(text, null) : null), [text]);
  return (
    <div className="flex flex-col gap-3">
      <LocationPicker
        tiles={tiles}
        point={point}
        extent={extent?.ok ? extent.value.polygon : null}
        // The scene's point is fixed here; only its extent changes from year to year.
        onPointChange={() => undefined}
        onExtentChange={(polygon) => setText(polygon ? JSON.stringify(polygon) : "")}
        label={messages.scenes.mapLabel}
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
      <p aria-live="polite" data-testid="computed-area">
        <span className="font-medium">{messages.scenes.computedArea}: </span>
        {extent?.ok ? formatArea(extent.value.areaM2) : messages.scenes.noArea}
      </p>
    </div>
  );
}

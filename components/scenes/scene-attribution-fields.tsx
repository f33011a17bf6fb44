"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { fillFromPlace, type AttributionValues } from "@/lib/scenes/fill-from-place";
import { places } from "@/lib/i18n/sv/places";
import { scenes as scenesText } from "@/lib/i18n/sv/scenes";
import type { LatLng } from "@/lib/map/types";
import { usePlaceAtPoint, type Lookup } from "./use-place-at-point";

const t = scenesText;
const a = places.attribution;

export type AttributionOptions = {
  municipalities: { code: string; name: string }[];
  policeAreas: { id: string; name: string }[];
  districts: { id: string; name: string }[];
};

type Values = AttributionValues;

type Props = {
  options: AttributionOptions;
  initial: Values & { overrideReason: string; overrideAttribution: boolean };
  errors: Partial<Record<keyof Values | "overrideReason", string[]>>;
  point: LatLng | null;
  /** An admin may keep a place the point disagrees with, giving the reason. */
  canOverride: boolean;
};

/**
 * The scene's municipality, LPO and district, filled in from the point as soon as it is set. The
 * user may still change them; the server checks them against the point again (and fills in what
 * is left empty, which is how this works without JavaScript).
 */
export function SceneAttributionFields({ options, initial, errors, point, canOverride }: Props) {
  const [values, setValues] = useState<Values>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (name: keyof Values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const lookup = usePlaceAtPoint(point, (place) => {
    const filled = fillFromPlace(place, options.policeAreas, values);
    setValues(filled.values);
    setNotice(filled.notice);
  });
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Select
          name="municipalityCode"
          label={t.municipality}
          value={values.municipalityCode}
          onChange={set("municipalityCode")}
          errors={errors.municipalityCode}
          options={options.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
        />
        <Select
          name="policeAreaId"
          label={t.policeArea}
          value={values.policeAreaId}
          onChange={set("policeAreaId")}
          errors={errors.policeAreaId}
          options={options.policeAreas.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Select
          name="districtId"
          label={t.district}
          hint={t.districtHint}
          value={values.districtId}
          onChange={set("districtId")}
          errors={errors.districtId}
          options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
        />
      </div>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="attribution-status">
        {statusText(lookup, notice)}
      </p>
      {canOverride && <OverrideFields initial={initial} errors={errors.overrideReason} />}
    </div>
  );
}

function statusText(lookup: Lookup, notice: string | null): string {
  if (lookup.state === "pending") return a.lookupPending;
  if (lookup.state === "failed") return a.lookupFailed;
  return lookup.state === "done" ? (notice ?? "") : "";
}

function Select({
  name,
  label,
  hint,
  value,
  onChange,
  errors,
  options,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  options: { value: string; label: string }[];
}) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select {...aria} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
          <option value="">{t.choose}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function OverrideFields({ initial, errors }: { initial: { overrideAttribution: boolean; overrideReason: string }; errors?: string[] }) {
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">{a.overrideLegend}</legend>
      <p id="field-overrideAttribution-hint" className="text-sm text-slate-600">
        {a.overrideHint}
      </p>
      <div className="flex items-start gap-2">
        <input
          id="field-overrideAttribution"
          type="checkbox"
          name="overrideAttribution"
          defaultChecked={initial.overrideAttribution}
          className="mt-1 h-4 w-4"
          aria-describedby="field-overrideAttribution-hint"
        />
        <label htmlFor="field-overrideAttribution">{a.override}</label>
      </div>
      <Field name="overrideReason" label={a.overrideReason} errors={errors}>
        {(aria) => <textarea {...aria} name="overrideReason" rows={2} defaultValue={initial.overrideReason} className={inputClass} />}
      </Field>
    </fieldset>
  );
}

"use client";

import { useActionState, useState } from "react";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { scenes as scenesText } from "@/lib/i18n/sv/scenes";
import type { SceneFormValues } from "@/lib/scenes/form-values";
import { readPoint, ScenePlaceFields } from "./scene-place-fields";
import { SceneAttributionFields, type AttributionOptions } from "./scene-attribution-fields";

const t = scenesText;

export type SceneFormOptions = AttributionOptions;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: SceneFormValues;
  options: SceneFormOptions;
  tiles: TileConfig;
  submitLabel: string;
  /** An admin may keep a place the point disagrees with, giving the reason. */
  canOverride: boolean;
};

export function SceneForm({ action, initial, options, tiles, submitLabel, canOverride }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);

  const submitted = state.ok ? {} : (state.values ?? {});
  const value = (name: keyof SceneFormValues) => {
    const v = submitted[name];
    return typeof v === "string" ? v : String(initial[name] ?? "");
  };
  // The point the form opens with (stored, or submitted and refused) is not looked up again.
  const [point, setPoint] = useState<LatLng | null>(() => readPoint(value("lat"), value("lng")));
  const overrideReason = typeof submitted.overrideReason === "string" ? submitted.overrideReason : "";
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {initial.version && <input type="hidden" name="version" value={initial.version} />}
      <TextField name="name" label={t.name} defaultValue={value("name")} errors={errors.name} required autoComplete="off" />
      <Field name="description" label={t.description} hint={t.descriptionHint} errors={errors.description}>
        {(aria) => <textarea {...aria} name="description" rows={3} defaultValue={value("description")} className={inputClass} />}
      </Field>
      <SceneAttributionFields
        options={options}
        point={point}
        canOverride={canOverride}
        errors={errors}
        initial={{
          municipalityCode: value("municipalityCode"),
          policeAreaId: value("policeAreaId"),
          districtId: value("districtId"),
          overrideAttribution: submitted.overrideAttribution === "on",
          overrideReason,
        }}
      />
      <ScenePlaceFields
        tiles={tiles}
        initial={{ lat: value("lat"), lng: value("lng"), extent: value("extent") }}
        errors={errors}
        onPointChange={setPoint}
      />
      <TextField name="firstYear" label={t.firstYear} type="number" defaultValue={value("firstYear")} errors={errors.firstYear} required />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { TileConfig } from "@/lib/map/types";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import type { SceneFormValues } from "@/lib/scenes/form-values";
import { ScenePlaceFields } from "./scene-place-fields";

const t = messages.scenes;

export type SceneFormOptions = {
  municipalities: { code: string; name: string }[];
  policeAreas: { id: string; name: string }[];
  districts: { id: string; name: string }[];
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: SceneFormValues;
  options: SceneFormOptions;
  tiles: TileConfig;
  submitLabel: string;
};

export function SceneForm({ action, initial, options, tiles, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const submitted = state.ok ? {} : (state.values ?? {});
  const value = (name: keyof SceneFormValues) => {
    const v = submitted[name];
    return typeof v === "string" ? v : String(initial[name] ?? "");
  };
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
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField
          emptyLabel={t.choose}
          name="municipalityCode"
          label={t.municipality}
          value={value("municipalityCode")}
          errors={errors.municipalityCode}
          options={options.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
        />
        <SelectField
          emptyLabel={t.choose}
          name="policeAreaId"
          label={t.policeArea}
          value={value("policeAreaId")}
          errors={errors.policeAreaId}
          options={options.policeAreas.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectField
          emptyLabel={t.choose}
          name="districtId"
          label={t.district}
          hint={t.districtHint}
          value={value("districtId")}
          errors={errors.districtId}
          options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
        />
      </div>
      <ScenePlaceFields tiles={tiles} initial={{ lat: value("lat"), lng: value("lng"), extent: value("extent") }} errors={errors} />
      <TextField name="firstYear" label={t.firstYear} type="number" defaultValue={value("firstYear")} errors={errors.firstYear} required />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { indicators as indicatorsText } from "@/lib/i18n/sv/indicators";
import { outcomes } from "@/lib/i18n/sv/outcomes";
import { INDICATORS, type IndicatorCode } from "@/lib/indicators/codes";
import { toIndicatorInput } from "@/lib/indicators/format";

const t = indicatorsText;
const labels = outcomes.indicators;
const options = INDICATORS.map((code) => ({ value: code, label: labels[code] }));

/** A stored value being corrected: its year and indicator are fixed, its version travels along. */
export type EditedIndicator = {
  year: number;
  indicator: IndicatorCode;
  value: number;
  source: string;
  periodFrom: string | null;
  periodTo: string | null;
  sampleSize: number | null;
  version: number;
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  sceneId: string;
  /** Absent: a new value. */
  editing?: EditedIndicator | null;
  defaultYear: number;
};

/** Enters or corrects one indicator value of a scene for a year. Works as a plain form post. */
export function IndicatorForm({ action, sceneId, editing, defaultYear }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  // What the user submitted wins over the stored value, so nothing typed is lost on an error.
  const value = (name: string, stored: string) => {
    const submitted = state.values?.[name];
    return typeof submitted === "string" ? submitted : stored;
  };
  return (
    <form key={formKey(state)} id="indikatorvarde" action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="sceneId" value={sceneId} />
      <input type="hidden" name="version" value={editing ? String(editing.version) : ""} />
      {editing ? (
        <>
          <input type="hidden" name="year" value={String(editing.year)} />
          <input type="hidden" name="indicator" value={editing.indicator} />
          <p className="font-medium">
            {labels[editing.indicator]}, {editing.year}
          </p>
        </>
      ) : (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <TextField
            name="year"
            label={t.year}
            type="number"
            defaultValue={value("year", String(defaultYear))}
            errors={errors.year}
            required
          />
          <SelectField
            name="indicator"
            label={t.indicator}
            value={value("indicator", "")}
            errors={errors.indicator}
            emptyLabel={t.chooseIndicator}
            options={options}
          />
        </div>
      )}
      <TextField
        name="value"
        label={t.value}
        hint={t.valueHint}
        defaultValue={value("value", editing ? toIndicatorInput(editing.value) : "")}
        errors={errors.value}
        required
      />
      <TextField
        name="source"
        label={t.source}
        hint={t.sourceHint}
        defaultValue={value("source", editing?.source ?? "")}
        errors={errors.source}
        required
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField
          name="periodFrom"
          label={t.periodFrom}
          hint={t.periodHint}
          type="date"
          defaultValue={value("periodFrom", editing?.periodFrom ?? "")}
          errors={errors.periodFrom}
        />
        <TextField
          name="periodTo"
          label={t.periodTo}
          hint={t.periodHint}
          type="date"
          defaultValue={value("periodTo", editing?.periodTo ?? "")}
          errors={errors.periodTo}
        />
      </div>
      <TextField
        name="sampleSize"
        label={t.sampleSize}
        hint={t.sampleSizeHint}
        type="number"
        defaultValue={value("sampleSize", editing?.sampleSize == null ? "" : String(editing.sampleSize))}
        errors={errors.sampleSize}
      />
      <div>
        <SubmitButton>{t.save}</SubmitButton>
      </div>
    </form>
  );
}

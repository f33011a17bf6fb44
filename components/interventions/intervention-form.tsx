"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { interventions as interventionsText } from "@/lib/i18n/sv/interventions";
import { INTERVENTION_ACTORS, INTERVENTION_TYPES } from "@/lib/interventions/codes";
import { codeOptions, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";

const t = interventionsText;

/** The form's fields as text, as the inputs hold them. */
export type InterventionFormValues = { type: string; actor: string; startDate: string; endDate: string; description: string };

export const emptyInterventionValues: InterventionFormValues = { type: "", actor: "", startDate: "", endDate: "", description: "" };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Registering at a scene, or changing an intervention from the version the user saw. */
  target: { sceneId: string } | { id: string; version: number };
  initial: InterventionFormValues;
  submitLabel: string;
  cancelHref?: string;
};

const typeOptions = codeOptions(INTERVENTION_TYPES, interventionTypeLabel);
const actorOptions = codeOptions(INTERVENTION_ACTORS, interventionActorLabel);

/** Registers or changes an intervention. A plain form posting a server action: works without JavaScript. */
export function InterventionForm({ action, target, initial, submitLabel, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof InterventionFormValues) => {
    const echoed = state.values?.[name];
    return typeof echoed === "string" ? echoed : initial[name];
  };
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {Object.entries(target).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={String(v)} />
      ))}
      <SelectField name="type" label={t.type} value={value("type")} errors={errors.type} emptyLabel={t.choose} options={typeOptions} />
      <SelectField name="actor" label={t.actor} value={value("actor")} errors={errors.actor} emptyLabel={t.choose} options={actorOptions} />
      <div className="flex flex-wrap gap-5">
        <TextField
          name="startDate"
          label={t.startDate}
          hint={t.dateHint}
          type="date"
          defaultValue={value("startDate")}
          errors={errors.startDate}
          required
        />
        <TextField
          name="endDate"
          label={t.endDate}
          hint={t.endDateHint}
          type="date"
          defaultValue={value("endDate")}
          errors={errors.endDate}
        />
      </div>
      <Field name="description" label={t.description} hint={t.descriptionHint} errors={errors.description}>
        {(aria) => <textarea {...aria} name="description" rows={5} defaultValue={value("description")} required className={inputClass} />}
      </Field>
      <div className="flex items-center gap-4">
        <SubmitButton>{submitLabel}</SubmitButton>
        {cancelHref && (
          <Link href={cancelHref} className="text-blue-800 underline">
            {t.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { interventions as interventionsText } from "@/lib/i18n/sv/interventions";
import { EFFECTS } from "@/lib/interventions/codes";
import { effectLabel } from "@/lib/interventions/labels";

const t = interventionsText;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  intervention: { id: string; version: number; effect: string | null; evaluation: string | null };
  cancelHref?: string;
};

/** Records the judged effect of an intervention and what the judgement rests on. */
export function EvaluationForm({ action, intervention, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const echoed = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const effect = echoed("effect") ?? intervention.effect ?? "";
  const errorId = "field-effect-error";
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={intervention.id} />
      <input type="hidden" name="version" value={intervention.version} />
      <fieldset aria-describedby={errors.effect ? errorId : undefined} className="rounded border border-slate-300 p-4">
        <legend className="px-1 font-medium">{t.effect}</legend>
        {EFFECTS.map((code) => (
          <label key={code} className="flex items-center gap-2 py-0.5">
            <input type="radio" name="effect" value={code} defaultChecked={effect === code} className="h-4 w-4" />
            {effectLabel(code)}
          </label>
        ))}
        {errors.effect && (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {errors.effect.join(" ")}
          </p>
        )}
      </fieldset>
      <Field name="evaluation" label={t.evaluation} hint={t.evaluationHint} errors={errors.evaluation}>
        {(aria) => (
          <textarea
            {...aria}
            name="evaluation"
            rows={5}
            defaultValue={echoed("evaluation") ?? intervention.evaluation ?? ""}
            required
            className={inputClass}
          />
        )}
      </Field>
      <div className="flex items-center gap-4">
        <SubmitButton>{t.saveEvaluation}</SubmitButton>
        {cancelHref && (
          <Link href={cancelHref} className="text-blue-800 underline">
            {t.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { rounds } from "@/lib/i18n/sv/rounds";

const t = rounds;

export type RoundFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Opens a year's round with its last day; a plain form, so it works before JavaScript loads. */
export function OpenRoundForm({ action, defaultYear }: { action: RoundFormAction; defaultYear: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="year"
        label={t.year}
        inputMode="numeric"
        defaultValue={value("year", String(defaultYear))}
        errors={state.fieldErrors?.year}
      />
      <TextField
        name="deadline"
        label={t.deadline}
        hint={t.deadlineHint}
        type="date"
        defaultValue={value("deadline")}
        errors={state.fieldErrors?.deadline}
      />
      <div>
        <SubmitButton>{t.open}</SubmitButton>
      </div>
    </form>
  );
}

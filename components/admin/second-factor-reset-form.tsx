"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { secondFactor } from "@/lib/i18n/sv/second-factor";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = secondFactor;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  userId: string;
  /** Off: nothing to reset, only the outcome of a reset just made (the page re-renders after it). */
  enabled: boolean;
};

/** The reset asks for a confirmation in the form itself, so it works without JavaScript too. */
export function SecondFactorResetForm({ action, userId, enabled }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors?.confirm;
  if (!enabled) return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <p>{t.adminResetIntro}</p>
      <input type="hidden" name="id" value={userId} />
      <div className="flex items-start gap-2">
        <input
          id="second-factor-reset-confirm"
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1 h-4 w-4"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? "second-factor-reset-confirm-error" : undefined}
        />
        <label htmlFor="second-factor-reset-confirm">{t.adminResetConfirm}</label>
      </div>
      <FieldError id="second-factor-reset-confirm-error" errors={errors} />
      <div>
        <SubmitButton variant="danger">{t.adminReset}</SubmitButton>
      </div>
    </form>
  );
}

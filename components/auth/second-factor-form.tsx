"use client";

import { useActionState } from "react";
import { redeemRecoveryCodeAction, verifySecondFactorAction } from "@/lib/auth/second-factor/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { secondFactor } from "@/lib/i18n/sv/second-factor";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = secondFactor;

/** The code page's two ways in: the app's code, or (behind a disclosure) a recovery code. */
export function SecondFactorForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(verifySecondFactorAction, initialFormState);
  const [recovery, recoveryAction] = useActionState(redeemRecoveryCodeAction, initialFormState);
  const recoveryTried = recovery !== initialFormState;
  return (
    <div className="flex flex-col gap-6">
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
        <TextField
          name="code"
          label={t.code}
          hint={t.codeHint}
          autoComplete="one-time-code"
          inputMode="numeric"
          errors={state.fieldErrors?.code}
          required
        />
        <div>
          <SubmitButton>{t.verify}</SubmitButton>
        </div>
      </form>
      <details open={recoveryTried} className="rounded border border-slate-300 p-4">
        <summary className="cursor-pointer font-medium text-blue-800 underline">{t.useRecoveryCode}</summary>
        <form action={recoveryAction} className="mt-4 flex flex-col gap-4" noValidate>
          <FormMessage state={recovery} />
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <TextField
            name="recoveryCode"
            label={t.recoveryCode}
            hint={t.recoveryCodeHint}
            autoComplete="off"
            errors={recovery.fieldErrors?.recoveryCode}
            required
          />
          <div>
            <SubmitButton variant="secondary">{t.useRecoverySubmit}</SubmitButton>
          </div>
        </form>
      </details>
    </div>
  );
}

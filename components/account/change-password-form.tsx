"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { account } from "@/lib/i18n/sv/account";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = account.password;

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; email: string };

/** The current password, the new one twice; the reasons a new one is refused stand at its field. */
export function ChangePasswordForm({ action, email }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        label={t.current}
        type="password"
        autoComplete="current-password"
        errors={errors.currentPassword}
        required
      />
      <TextField
        name="newPassword"
        label={t.new}
        type="password"
        hint={t.newHint}
        autoComplete="new-password"
        errors={errors.newPassword}
        required
      />
      <TextField
        name="repeatPassword"
        label={t.repeat}
        type="password"
        autoComplete="new-password"
        errors={errors.repeatPassword}
        required
      />
      <div>
        <SubmitButton>{t.submit}</SubmitButton>
      </div>
    </form>
  );
}

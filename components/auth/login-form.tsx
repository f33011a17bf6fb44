"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { login } from "@/lib/i18n/sv/app";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = login;

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(loginAction, initialFormState);
  const email = typeof state.values?.email === "string" ? state.values.email : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField
        name="email"
        label={t.email}
        type="email"
        autoComplete="username"
        defaultValue={email}
        errors={state.fieldErrors?.email}
        required
      />
      <TextField
        name="password"
        label={t.password}
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
        required
      />
      <div>
        <SubmitButton>{t.submit}</SubmitButton>
      </div>
    </form>
  );
}

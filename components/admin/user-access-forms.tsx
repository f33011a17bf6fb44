"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { account } from "@/lib/i18n/sv/account";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimePassword } from "./one-time-password";

const t = account.admin;

type State = FormState & { oneTimePassword?: string };
type Props<S extends FormState> = { action: (previous: S, formData: FormData) => Promise<S>; userId: string };

/** An admin's reset: a new one-time password, shown where the admin's focus lands. */
export function ResetPasswordForm({ action, userId }: Props<State>) {
  const [state, formAction] = useActionState<State, FormData>(action, initialFormState);
  if (state.ok) return <OneTimePassword message={state.message ?? t.oneTimePasswordReset} password={state.oneTimePassword} level={4} />;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <p>{t.resetIntro}</p>
      <ConfirmDisclosure label={t.resetPassword} text={t.resetConfirmText} confirmLabel={t.resetConfirm} />
    </form>
  );
}

/** Ends every session of the user; the outcome is announced, and the question closes again. */
export function EndUserSessionsForm({ action, userId }: Props<FormState>) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <p>{t.endSessionsIntro}</p>
      <ConfirmDisclosure
        key={JSON.stringify(state)}
        label={t.endSessions}
        text={t.endSessionsConfirmText}
        confirmLabel={t.endSessionsConfirm}
      />
    </form>
  );
}

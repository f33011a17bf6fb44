"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { account } from "@/lib/i18n/sv/account";
import { admin } from "@/lib/i18n/sv/admin";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = admin;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  user: { id: string; version: number; disabled: boolean };
};

/** Disabling signs the user out at once, so it asks first; enabling again does not. */
export function UserStatusForm({ action, user }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      {user.disabled ? (
        <>
          <p>{t.disabledNotice}</p>
          <div>
            <SubmitButton variant="secondary">{t.enable}</SubmitButton>
          </div>
        </>
      ) : (
        <ConfirmDisclosure label={t.disable} text={t.disableConfirm} confirmLabel={account.confirm.disableUser} />
      )}
    </form>
  );
}

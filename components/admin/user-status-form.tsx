"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = messages.admin;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  user: { id: string; version: number; disabled: boolean };
};

export function UserStatusForm({ action, user }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <p>{user.disabled ? t.disabledNotice : t.disableConfirm}</p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <div>
        <SubmitButton variant={user.disabled ? "secondary" : "danger"}>{user.disabled ? t.enable : t.disable}</SubmitButton>
      </div>
    </form>
  );
}

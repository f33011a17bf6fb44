"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { account } from "@/lib/i18n/sv/account";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Ends every session but this one: nothing is lost here, so it does not ask first. */
export function EndOtherSessionsForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">{account.sessions.endOthers}</SubmitButton>
      </div>
    </form>
  );
}

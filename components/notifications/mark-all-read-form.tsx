"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { notifications as notificationsText } from "@/lib/i18n/sv/notifications";

/** Marks every one of the person's notifications read; nothing is lost, so it does not ask first. */
export function MarkAllReadForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">{notificationsText.markAllRead}</SubmitButton>
      </div>
    </form>
  );
}

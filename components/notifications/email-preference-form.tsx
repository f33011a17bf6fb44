"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { notifications as notificationsText } from "@/lib/i18n/sv/notifications";

const t = notificationsText.setting;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  enabled: boolean;
  email: string;
};

/** Mitt konto: e-mail on or off. A plain form (no JavaScript needed); the in-app list is always on. */
export function EmailPreferenceForm({ action, enabled, email }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    // Remounted when the stored value changes: a form reset after its action would otherwise go
    // back to the value it was first drawn with.
    <form key={String(enabled)} action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex items-start gap-2">
        <input
          id="email-notifications"
          type="checkbox"
          name="emailNotifications"
          value="on"
          defaultChecked={enabled}
          className="mt-1 h-4 w-4"
          aria-describedby="email-notifications-hint"
        />
        <div>
          <label htmlFor="email-notifications" className="font-medium">
            {t.email}
          </label>
          <p id="email-notifications-hint" className="text-sm text-slate-700">
            {t.emailHint(email)}
          </p>
        </div>
      </div>
      <div>
        <SubmitButton variant="secondary">{t.save}</SubmitButton>
      </div>
    </form>
  );
}

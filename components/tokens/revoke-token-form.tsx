"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { SubmitButton } from "@/components/ui/submit-button";

const t = messages.tokens;

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; token: { id: string; name: string } };

export function RevokeTokenForm({ action, token }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={token.id} />
      <div>
        <SubmitButton variant="danger">
          {t.revoke}
          <span className="sr-only"> {token.name}</span>
        </SubmitButton>
      </div>
      <p aria-live="polite" className="text-sm text-red-800">
        {state.ok ? null : state.formError}
      </p>
    </form>
  );
}

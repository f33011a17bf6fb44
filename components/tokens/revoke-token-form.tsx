"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { account } from "@/lib/i18n/sv/account";
import { tokens } from "@/lib/i18n/sv/tokens";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";

const t = tokens;

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; token: { id: string; name: string } };

export function RevokeTokenForm({ action, token }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={token.id} />
      <ConfirmDisclosure
        label={t.revoke}
        srLabel={token.name}
        text={account.confirm.revokeTokenText(token.name)}
        confirmLabel={account.confirm.revokeToken}
      />
      <p aria-live="polite" className="text-sm text-red-800">
        {state.ok ? null : state.formError}
      </p>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { oidcSignInAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { login } from "@/lib/i18n/sv/app";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = login;

/** One button per identity provider; each is a form of its own, so it works before JavaScript. */
export function ProviderButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl?: string }) {
  const [state, formAction] = useActionState(oidcSignInAction, initialFormState);
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      {providers.map((provider) => (
        <form key={provider.id} action={formAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <SubmitButton>{`${t.withProvider} ${provider.name}`}</SubmitButton>
        </form>
      ))}
    </div>
  );
}

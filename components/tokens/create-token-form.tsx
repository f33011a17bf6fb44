"use client";

import { useActionState } from "react";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = messages.tokens;

type State = FormState & { token?: string };

type Props = {
  action: (previous: State, formData: FormData) => Promise<State>;
  users: { id: string; name: string; email: string; role: string }[];
};

const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** Creates a token for a chosen user and shows it once, to be copied into the tool that uses it. */
export function CreateTokenForm({ action, users }: Props) {
  const [state, formAction] = useActionState<State, FormData>(action, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {state.ok && state.token && (
        <div className="flex flex-col gap-1">
          <label htmlFor="new-token" className="font-medium">
            {t.tokenLabel}
          </label>
          <input
            id="new-token"
            readOnly
            value={state.token}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <Field name="userId" label={t.user} errors={errors.userId}>
        {(aria) => (
          <select {...aria} name="userId" defaultValue={text(v.userId)} className={inputClass} required>
            <option value="">{t.chooseUser}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email}), {u.role}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        name="name"
        label={t.name}
        hint={t.nameHint}
        defaultValue={text(v.name)}
        errors={errors.name}
        autoComplete="off"
        required
      />
      <div>
        <SubmitButton>{t.create}</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { tokens as tokensText } from "@/lib/i18n/sv/tokens";
import type { TokenScope } from "@/lib/tokens/policy";
import { Field, FieldError, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewToken } from "./new-token";

const t = tokensText;

type State = FormState & { token?: string };

type Props = {
  action: (previous: State, formData: FormData) => Promise<State>;
  /** The scopes this user may choose: exports only for a role that reads them. */
  scopes: TokenScope[];
  /** The days the token may end on ("YYYY-MM-DD"), and the one proposed. */
  expiry: { min: string; max: string; default: string };
};

const text = (v: string | string[] | undefined, fallback = "") => (typeof v === "string" ? v : fallback);

/** Creates a token for the signed-in user and shows it once, to be copied into the tool that uses it. */
export function CreateTokenForm({ action, scopes, expiry }: Props) {
  const [state, formAction] = useActionState<State, FormData>(action, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  const scope = text(v.scope, scopes[0]);
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {state.ok && state.token && <NewToken token={state.token} />}
      <TextField
        name="name"
        label={t.name}
        hint={t.nameHint}
        defaultValue={text(v.name)}
        errors={errors.name}
        autoComplete="off"
        required
      />
      <Field name="expiresOn" label={t.expiresOn} hint={t.expiresOnHint(expiry.max)} errors={errors.expiresOn}>
        {(aria) => (
          <input
            {...aria}
            name="expiresOn"
            type="date"
            min={expiry.min}
            max={expiry.max}
            defaultValue={text(v.expiresOn, expiry.default)}
            className={`${inputClass} max-w-xs`}
            required
          />
        )}
      </Field>
      {scopes.length > 1 ? (
        <fieldset aria-describedby={errors.scope?.length ? "field-scope-error" : undefined}>
          <legend className="font-medium">{t.scope}</legend>
          {scopes.map((s) => (
            <div key={s} className="mt-2 flex items-start gap-2">
              <input
                type="radio"
                id={`scope-${s}`}
                name="scope"
                value={s}
                defaultChecked={scope === s}
                aria-describedby={`scope-${s}-hint`}
                className="mt-1.5"
              />
              <div>
                <label htmlFor={`scope-${s}`}>{t.scopes[s]}</label>
                <p id={`scope-${s}-hint`} className="text-sm text-slate-600">
                  {t.scopeHints[s]}
                </p>
              </div>
            </div>
          ))}
          <FieldError id="field-scope-error" errors={errors.scope} />
        </fieldset>
      ) : (
        <div>
          <input type="hidden" name="scope" value={scopes[0]} />
          <p className="font-medium">{t.scope}</p>
          <p>{scopes[0] && t.scopes[scopes[0]]}</p>
          <FieldError id="field-scope-error" errors={errors.scope} />
        </div>
      )}
      <div>
        <SubmitButton>{t.create}</SubmitButton>
      </div>
    </form>
  );
}

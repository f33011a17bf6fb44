"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ROLES } from "@/lib/auth/permissions";
import type { PoliceAreaOption } from "@/lib/areas/queries";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { admin as adminText } from "@/lib/i18n/sv/admin";
import { form as formText, roles } from "@/lib/i18n/sv/app";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { OneTimePassword } from "./one-time-password";
import { PoliceAreaCheckboxes } from "./police-area-checkboxes";

const t = adminText;

export type UserFormValues = {
  id?: string;
  version?: number;
  name: string;
  email: string;
  role: string;
  municipalityCode: string;
  policeAreaIds: string[];
};

type State = FormState & { oneTimePassword?: string };

type Props = {
  action: (previous: State, formData: FormData) => Promise<State>;
  initial: UserFormValues;
  municipalities: { code: string; name: string }[];
  policeAreas: PoliceAreaOption[];
  withPassword?: boolean;
};

const text = (v: string | string[] | undefined, fallback: string) => (typeof v === "string" ? v : fallback);
const list = (v: string | string[] | undefined, fallback: string[]) => (v === undefined ? fallback : Array.isArray(v) ? v : [v]);

export function UserForm({ action, initial, municipalities, policeAreas, withPassword }: Props) {
  const [state, formAction] = useActionState<State, FormData>(action, initialFormState);
  // A new user: the outcome replaces the form, where the admin's focus is, with the password.
  if (state.ok && withPassword) {
    return (
      <OneTimePassword message={t.created} password={state.oneTimePassword}>
        <p>
          <Link href="/admin/anvandare" className="underline">
            {t.backToUsers}
          </Link>
        </p>
      </OneTimePassword>
    );
  }
  // After an error, show what the user submitted; otherwise what is stored.
  const v = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {initial.version && <input type="hidden" name="version" value={initial.version} />}
      <TextField name="name" label={t.name} defaultValue={text(v.name, initial.name)} errors={errors.name} autoComplete="off" required />
      <TextField
        name="email"
        label={t.email}
        type="email"
        defaultValue={text(v.email, initial.email)}
        errors={errors.email}
        autoComplete="off"
        required
      />
      <Field name="role" label={t.role} errors={errors.role}>
        {(aria) => (
          <select {...aria} name="role" defaultValue={text(v.role, initial.role)} className={inputClass} required>
            <option value="">—</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roles[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PoliceAreaCheckboxes
        policeAreas={policeAreas}
        selected={list(v.policeAreaIds, initial.policeAreaIds)}
        errors={errors.policeAreaIds}
      />
      <Field name="municipalityCode" label={`${t.municipality} (${roles.MUNICIPAL_REP.toLowerCase()})`} errors={errors.municipalityCode}>
        {(aria) => (
          <select
            {...aria}
            name="municipalityCode"
            defaultValue={text(v.municipalityCode, initial.municipalityCode)}
            className={inputClass}
          >
            <option value="">{t.chooseMunicipality}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      {withPassword && (
        <TextField
          name="password"
          label={t.password}
          type="password"
          hint={t.passwordHint}
          errors={errors.password}
          autoComplete="new-password"
        />
      )}
      <div>
        <SubmitButton>{formText.save}</SubmitButton>
      </div>
    </form>
  );
}

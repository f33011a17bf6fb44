"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { typeDescriptions } from "@/lib/i18n/sv/type-descriptions";

const t = typeDescriptions;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  type: { type: string; label: string; description: string; version: number };
  maxLength: number;
};

/**
 * One intervention type's description. The type and the version it was read at travel hidden;
 * their errors (a tampered or outdated page) are the form's, since no field shows them.
 */
export function TypeDescriptionForm({ action, type, maxLength }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const hidden = [...(errors.type ?? []), ...(errors.version ?? [])];
  const shown = hidden.length && !state.formError ? { ...state, formError: hidden.join(" ") } : state;
  const echoed = state.values?.description;
  const id = `type-${type.type}-description`;
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={shown} />
      <input type="hidden" name="type" value={type.type} />
      <input type="hidden" name="version" value={type.version} />
      <Field name="description" id={id} label={type.label} hint={t.hint(maxLength)} errors={errors.description}>
        {(aria) => (
          <textarea
            {...aria}
            name="description"
            rows={4}
            defaultValue={typeof echoed === "string" ? echoed : type.description}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <SubmitButton>
          {t.save}
          <span className="sr-only"> {t.saveFor(type.label)}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

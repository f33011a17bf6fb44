"use client";

import { FieldError, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey } from "@/lib/forms/form-state";
import { questionnaires } from "@/lib/i18n/sv/questionnaires";
import { VersionFields, describedBy, useEditForm, type EditAction, type VersionRef } from "./edit-form-parts";

const t = questionnaires;
const KINDS = ["multi", "single", "boolean", "text"] as const;
const id = (name: string) => `new-question-${name}`;

type Props = VersionRef & { action: EditAction; sections: { code: string; title: string }[] };

/** A new question at the end of a section: its kind, a code that never changes, its text, its options. */
export function AddQuestionForm({ action, year, version, sections }: Props) {
  const { state, formAction, errors, value } = useEditForm(action);
  const kind = value("kind", "");
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id("section")} className="font-medium">
          {t.section}
        </label>
        <select
          id={id("section")}
          name="section"
          defaultValue={value("section", "")}
          className={inputClass}
          {...describedBy(id("section"), errors.section)}
        >
          <option value="">{t.chooseSection}</option>
          {sections.map((s) => (
            <option key={s.code} value={s.code}>
              {s.title}
            </option>
          ))}
        </select>
        <FieldError id={`${id("section")}-error`} errors={errors.section} />
      </div>
      <fieldset className="flex flex-col gap-1" {...describedBy(id("kind"), errors.kind)}>
        <legend className="mb-1 font-medium">{t.kind}</legend>
        <div className="flex flex-wrap gap-x-6">
          {KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2 py-0.5">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="h-4 w-4" />
              {t.kinds[k]}
            </label>
          ))}
        </div>
        <FieldError id={`${id("kind")}-error`} errors={errors.kind} />
      </fieldset>
      <TextInput name="code" label={t.questionCode} hint={t.codeHint} value={value("code", "")} errors={errors.code} />
      <TextInput name="label" label={t.questionLabel} value={value("label", "")} errors={errors.label} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="required" defaultChecked={value("required", "") === "on"} className="h-4 w-4" />
        {t.questionRequired}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("options")} className="font-medium">
          {t.questionOptions}
        </label>
        <p id={`${id("options")}-hint`} className="text-sm text-slate-600">
          {t.questionOptionsHint}
        </p>
        <textarea
          id={id("options")}
          name="options"
          rows={5}
          defaultValue={value("options", "")}
          className={`${inputClass} font-mono`}
          {...describedBy(id("options"), errors.options, true)}
        />
        <FieldError id={`${id("options")}-error`} errors={errors.options} />
      </div>
      <div>
        <SubmitButton>{t.addQuestion}</SubmitButton>
      </div>
    </form>
  );
}

type TextInputProps = { name: string; label: string; hint?: string; value: string; errors?: string[] };

function TextInput({ name, label, hint, value, errors }: TextInputProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id(name)} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id(name)}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id(name)}
        name={name}
        defaultValue={value}
        autoComplete="off"
        className={inputClass}
        {...describedBy(id(name), errors, !!hint)}
      />
      <FieldError id={`${id(name)}-error`} errors={errors} />
    </div>
  );
}

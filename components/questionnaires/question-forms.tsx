"use client";

import { FieldError, inputClass, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey } from "@/lib/forms/form-state";
import { questionnaires } from "@/lib/i18n/sv/questionnaires";
import { VersionFields, describedBy, useEditForm, type EditAction, type VersionRef } from "./edit-form-parts";

// The forms of one question's page: its text, whether it is required, and a new option.

const t = questionnaires;

type QuestionRef = VersionRef & { action: EditAction; question: string };

/** Rewords the question; its code stays. */
export function RenameQuestionForm({ action, year, version, question, label }: QuestionRef & { label: string }) {
  const { state, formAction, errors, value } = useEditForm(action);
  const id = "question-label";
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <input type="hidden" name="question" value={question} />
      <label htmlFor={id} className="font-medium">
        {t.renameQuestion}
      </label>
      <div className="flex flex-wrap items-start gap-3">
        <input
          id={id}
          name="label"
          defaultValue={value("label", label)}
          className={`${inputClass} min-w-0 flex-1`}
          {...describedBy(id, errors.label)}
        />
        <SubmitButton variant="secondary">{t.save}</SubmitButton>
      </div>
      <FieldError id={`${id}-error`} errors={errors.label} />
    </form>
  );
}

/** Makes the question required on submission, or optional again. */
export function RequiredForm({ action, year, version, question, required }: QuestionRef & { required: boolean }) {
  const { state, formAction } = useEditForm(action);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <input type="hidden" name="question" value={question} />
      <input type="hidden" name="required" value={required ? "false" : "true"} />
      <p>{required ? t.requiredNow : t.optionalNow}</p>
      <div>
        <SubmitButton variant="secondary">{required ? t.makeOptional : t.makeRequired}</SubmitButton>
      </div>
    </form>
  );
}

type AddOptionProps = QuestionRef & { options: { code: string; label: string }[] };

/** A new option, last or before one of the others, with a code checked against every year. */
export function AddOptionForm({ action, year, version, question, options }: AddOptionProps) {
  const { state, formAction, errors, value } = useEditForm(action);
  const field = (name: string, label: string, hint?: string) => (
    <TextField
      name={name}
      id={`new-option-${name}`}
      label={label}
      hint={hint}
      defaultValue={value(name, "")}
      autoComplete="off"
      errors={errors[name]}
    />
  );
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <input type="hidden" name="question" value={question} />
      {field("code", t.optionCode, t.codeHint)}
      {field("label", t.optionLabel)}
      <div className="flex flex-col gap-1">
        <label htmlFor="new-option-before" className="font-medium">
          {t.placement}
        </label>
        <select
          id="new-option-before"
          name="before"
          defaultValue={value("before", "")}
          className={inputClass}
          {...describedBy("new-option-before", errors.before)}
        >
          <option value="">{t.placeLast}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {t.placeBefore(o.label)}
            </option>
          ))}
        </select>
        <FieldError id="new-option-before-error" errors={errors.before} />
      </div>
      <div>
        <SubmitButton>{t.addOption}</SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { FieldError, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formKey } from "@/lib/forms/form-state";
import { questionnaires } from "@/lib/i18n/sv/questionnaires";
import { VersionFields, describedBy, useEditForm, type EditAction, type VersionRef } from "./edit-form-parts";

// One option of a question: its text reworded, or the option retired or brought back. Each form is
// its own, so a page of many options posts one change at a time.

const t = questionnaires;

type OptionRef = VersionRef & { question: string; option: { code: string; label: string; retired: boolean } };

const buttonClass = "rounded border border-slate-500 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100";

export function RenameOptionForm({ action, year, version, question, option }: OptionRef & { action: EditAction }) {
  const { state, formAction, errors, value } = useEditForm(action);
  const id = `option-${option.code}-label`;
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-1" noValidate>
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <input type="hidden" name="question" value={question} />
      <input type="hidden" name="option" value={option.code} />
      <label htmlFor={id} className="sr-only">
        {t.renameOption(option.code)}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <input
          id={id}
          name="label"
          defaultValue={value("label", option.label)}
          className={`${inputClass} min-w-0 flex-1`}
          {...describedBy(id, errors.label)}
        />
        <button type="submit" className={buttonClass}>
          {t.save}
          <span className="sr-only"> {t.saveOptionLabel(option.code)}</span>
        </button>
      </div>
      <FieldError id={`${id}-error`} errors={errors.label} />
    </form>
  );
}

/** Retiring keeps the option for the answers that hold it; restoring offers it again. */
export function RetireOptionForm({ action, year, version, question, option }: OptionRef & { action: EditAction }) {
  const { state, formAction } = useEditForm(action);
  return (
    <form action={formAction} className="flex flex-wrap-reverse items-center justify-end gap-3">
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <input type="hidden" name="question" value={question} />
      <input type="hidden" name="option" value={option.code} />
      <input type="hidden" name="retired" value={option.retired ? "false" : "true"} />
      <button type="submit" className={buttonClass}>
        {option.retired ? t.restore : t.retire}
        <span className="sr-only"> {t.optionNamed(option.label)}</span>
      </button>
    </form>
  );
}

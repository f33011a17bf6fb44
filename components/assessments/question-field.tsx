import { FieldError, inputClass } from "@/components/ui/field";
import type { Question } from "@/lib/assessments/questionnaire/definition";
import { offeredOptions } from "@/lib/assessments/questionnaire/offered";
import { assessmentForm } from "@/lib/i18n/sv/assessments";

const t = assessmentForm;

type Props = {
  question: Question;
  value: string | string[];
  errors?: string[];
  /** Shown when the answer differs from last year's final one. */
  previous?: { year: number; text: string };
};

/** One question of the questionnaire, as plain form fields named `q.<code>`. */
export function QuestionField({ question, value, errors, previous }: Props) {
  const name = `q.${question.code}`;
  const id = `field-${name}`;
  const described = [errors?.length && `${id}-error`, previous && `${id}-previous`].filter(Boolean).join(" ") || undefined;
  const invalid = errors?.length ? true : undefined;
  const chosen = ([] as string[]).concat(value);
  const note = previous && (
    <p id={`${id}-previous`} className="text-sm text-amber-900">
      <span className="font-medium">{t.changedSince(previous.year)}.</span> {t.previously}: {previous.text}
    </p>
  );

  if (question.kind === "text") {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {question.label}
          {question.required && <span className="text-red-700"> *</span>}
        </label>
        <textarea
          id={id}
          name={name}
          rows={3}
          defaultValue={typeof value === "string" ? value : ""}
          aria-describedby={described}
          aria-invalid={invalid}
          className={inputClass}
        />
        {note}
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    );
  }

  const options =
    question.kind === "boolean"
      ? [
          { code: "yes", label: t.yes },
          { code: "no", label: t.no },
        ]
      : offeredOptions(question.options, chosen);
  const type = question.kind === "multi" ? "checkbox" : "radio";
  const required = question.required || ("requiredIf" in question && !!question.requiredIf);
  return (
    // The id lets the error summary link to the group (a fragment link scrolls to it without JavaScript).
    <fieldset id={id} aria-describedby={described} className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">
        {question.label}
        {required && <span className="text-red-700"> *</span>}
      </legend>
      <div className={question.kind === "multi" && options.length > 4 ? "grid gap-x-6 sm:grid-cols-2" : "flex flex-wrap gap-x-6"}>
        {options.map((option) => (
          <label key={option.code} className="flex items-start gap-2 py-0.5">
            <input
              type={type}
              name={name}
              value={option.code}
              defaultChecked={chosen.includes(option.code)}
              className="mt-1 h-4 w-4 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {note}
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

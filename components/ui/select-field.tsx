import { Field, inputClass } from "./field";

type Props = {
  name: string;
  label: string;
  hint?: string;
  value: string;
  errors?: string[];
  emptyLabel: string;
  options: { value: string; label: string }[];
};

/** A labelled <select> with its hint and errors tied to it. */
export function SelectField({ name, label, hint, value, errors, emptyLabel, options }: Props) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select {...aria} name={name} defaultValue={value} className={inputClass}>
          <option value="">{emptyLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import type { ReactNode } from "react";

// Form fields with their label, hint and errors tied together for screen readers: the error is
// named by aria-describedby and the input marked aria-invalid.

type FieldProps = {
  name: string;
  /** Needed when a page holds two forms with a field of the same name: ids must be unique. */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
};

export function Field({ name, id = `field-${name}`, label, hint, errors, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": errors?.length ? true : undefined })}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export const inputClass =
  "max-w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

type TextFieldProps = Omit<FieldProps, "children"> & {
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  required?: boolean;
};

export function TextField({ type = "text", defaultValue, autoComplete, inputMode, required, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(aria) => (
        <input
          {...aria}
          name={field.name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          inputMode={inputMode}
          required={required}
          className={inputClass}
        />
      )}
    </Field>
  );
}

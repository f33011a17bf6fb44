import { messages } from "@/lib/i18n";
import type { FieldErrors, FormValues } from "./form-state";

// FormData read once, into one plain object. A field is single-valued unless the form declares it
// a list: a single-valued field that arrives twice is invalid input, never "the first one for the
// check and the last one for the write" (formData.get() returns the first of two values,
// Object.fromEntries() the last, and an attacker controls both).

/** Which fields may repeat (checkbox groups): named, or chosen by a rule such as a prefix. */
export type ListFields = readonly string[] | ((name: string) => boolean);

export type ReadForm =
  { ok: true; fields: Record<string, string | string[] | File> } | { ok: false; fieldErrors: FieldErrors; formError: string };

/** Fields that Next adds to a server action's form post, not the user's. */
const isFrameworkField = (name: string) => name.startsWith("$ACTION");

const isList = (lists: ListFields, name: string) => (typeof lists === "function" ? lists(name) : lists.includes(name));

export function readForm(formData: FormData, lists: ListFields = []): ReadForm {
  const fields: Record<string, string | string[] | File> = {};
  const repeated: string[] = [];
  for (const name of new Set(formData.keys())) {
    if (isFrameworkField(name)) continue;
    const all = formData.getAll(name);
    if (isList(lists, name)) fields[name] = all.filter((v): v is string => typeof v === "string");
    else if (all.length > 1) repeated.push(name);
    else fields[name] = all[0]!;
  }
  if (!repeated.length) return { ok: true, fields };
  return {
    ok: false,
    formError: messages.form.repeatedField,
    fieldErrors: Object.fromEntries(repeated.map((name) => [name, [messages.form.repeatedField]])),
  };
}

/** The submitted values to show again in the form (repeated fields as lists), minus secrets and files. */
export function echoValues(formData: FormData, secrets: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (isFrameworkField(name) || secrets.includes(name)) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    values[name] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

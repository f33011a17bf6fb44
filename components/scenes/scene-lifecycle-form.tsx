"use client";

import { useActionState } from "react";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { scenes } from "@/lib/i18n/sv/scenes";

const t = scenes;

type Candidate = { id: string; ref: string; name: string };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  scene: { id: string; version: number };
  kind: "close" | "merge" | "split";
  defaultYear: number;
  candidates?: Candidate[];
  submitLabel: string;
};

/** Ends an active scene: closed, merged into another, or split into several. */
export function SceneLifecycleForm({ action, scene, kind, defaultYear, candidates = [], submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? {};
  const chosen = ([] as string[]).concat(values.targetIds ?? []);
  const errors = state.fieldErrors ?? {};
  const yearValue = typeof values.lastYear === "string" ? values.lastYear : String(defaultYear);
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={scene.id} />
      <input type="hidden" name="version" value={scene.version} />
      <TextField name="lastYear" label={t.lastYear} type="number" defaultValue={yearValue} errors={errors.lastYear} required />
      {kind === "merge" && (
        <Field name="targetId" label={t.mergeTarget} errors={errors.targetId}>
          {(aria) => (
            <select
              {...aria}
              name="targetId"
              defaultValue={typeof values.targetId === "string" ? values.targetId : ""}
              className={inputClass}
            >
              <option value="">{t.choose}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.ref})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === "split" && (
        <fieldset aria-describedby={errors.targetIds ? "targetIds-error" : undefined} className="rounded border border-slate-300 p-4">
          <legend className="px-1 font-medium">{t.splitTargets}</legend>
          {candidates.map((c) => (
            <label key={c.id} className="flex items-center gap-2 py-0.5">
              <input type="checkbox" name="targetIds" value={c.id} defaultChecked={chosen.includes(c.id)} className="h-4 w-4" />
              {c.name} ({c.ref})
            </label>
          ))}
          {errors.targetIds && (
            <p id="targetIds-error" className="text-sm font-medium text-red-700">
              {errors.targetIds.join(" ")}
            </p>
          )}
        </fieldset>
      )}
      {kind !== "close" && candidates.length === 0 && <p>{t.noCandidates}</p>}
      <div>
        <SubmitButton variant={kind === "close" ? "danger" : "primary"}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

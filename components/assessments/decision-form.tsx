"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { assessmentForm } from "@/lib/i18n/sv/assessments";

const t = assessmentForm;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  assessment: { id: string; version: number };
  /** The municipality decides (co-sign or return); an admin reopens. */
  mode: "decide" | "reopen";
};

/** A decision on a submitted assessment, or the reopening of a co-signed one, with its comment. */
export function DecisionForm({ action, assessment, mode }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const comment = typeof state.values?.comment === "string" ? state.values.comment : "";
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={assessment.id} />
      <input type="hidden" name="version" value={assessment.version} />
      <Field name="comment" label={mode === "reopen" ? t.reopenReason : t.returnComment} errors={state.fieldErrors?.comment}>
        {(aria) => <textarea {...aria} name="comment" rows={3} defaultValue={comment} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        {mode === "decide" ? (
          <>
            <button
              type="submit"
              name="decision"
              value="cosign"
              className="rounded bg-green-800 px-4 py-2 font-medium text-white hover:bg-green-900"
            >
              {t.cosign}
            </button>
            <button
              type="submit"
              name="decision"
              value="return"
              className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            >
              {t.return}
            </button>
          </>
        ) : (
          <button
            type="submit"
            name="decision"
            value="reopen"
            className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
          >
            {t.reopen}
          </button>
        )}
      </div>
    </form>
  );
}

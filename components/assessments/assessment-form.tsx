"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { FormMessage } from "@/components/ui/form-message";
import { listErrorLinks, outlineAssessmentForm, summarizeParts } from "@/lib/assessments/form-outline";
import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { formKey, initialFormState, type FormState, type FormValues } from "@/lib/forms/form-state";
import { assessmentForm } from "@/lib/i18n/sv/assessments";
import { review } from "@/lib/i18n/sv/review";
import { AreaFields, type AreaOptions } from "./area-fields";
import { ErrorSummary } from "./error-summary";
import { QuestionField } from "./question-field";
import { SectionNav } from "./section-nav";

const t = assessmentForm;

export type AssessmentFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  assessment: { id: string; version: number };
  questionnaire: Questionnaire;
  /** Stored values as the fields hold them: `q.<code>`, the attribution and the extent. */
  values: FormValues;
  /** For answers that differ from last year's final assessment. */
  changes: Record<string, { year: number; text: string }>;
  options: AreaOptions;
  tiles: TileConfig;
  point: LatLng;
  /** The scene's edit page, where its point is moved, when the user may edit the scene. */
  movePointHref?: string | null;
};

/** What the form holds now, as its fields would post it (an unticked box is absent). */
function readFormValues(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const values: FormValues = {};
  for (const name of new Set(data.keys())) {
    const all = data.getAll(name).filter((v): v is string => typeof v === "string");
    values[name] = all.length === 1 ? (all[0] ?? "") : all;
  }
  return values;
}

function FormSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="flex scroll-mt-4 flex-col gap-5 rounded border border-slate-300 bg-white p-5">
      <h2 id={`section-${id}`} className="scroll-mt-4">
        {title}
      </h2>
      {description && <p className="-mt-3 text-slate-700">{description}</p>}
      {children}
    </section>
  );
}

/**
 * The long yearly form, part by part, with a list of its parts that tells how far each has come
 * (live, as the analyst answers, once JavaScript runs) and, after a failed post, a summary of the
 * errors at the top that takes focus and links to each field.
 */
export function AssessmentForm({
  action,
  assessment,
  questionnaire,
  values: stored,
  changes,
  options,
  tiles,
  point,
  movePointHref,
}: AssessmentFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  // After an error, exactly what was posted: an unticked box is absent from it, not "as stored".
  const values = state.ok || !state.values ? stored : state.values;
  const errors = state.fieldErrors ?? {};
  const key = formKey(state);
  // The analyst's edits since the form was (re)mounted; a new answer from the server starts over.
  const [edited, setEdited] = useState<{ key: string; values: FormValues } | null>(null);
  const current = edited?.key === key ? edited.values : values;
  const parts = outlineAssessmentForm(questionnaire, current);
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : "");
  return (
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[17rem_minmax(0,48rem)]">
      <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <SectionNav parts={summarizeParts(parts, errors)} />
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        <ErrorSummary links={listErrorLinks(parts, errors)} focusKey={state} />
        <form
          key={key}
          action={formAction}
          onChange={(event) => setEdited({ key, values: readFormValues(event.currentTarget) })}
          className="flex flex-col gap-8"
          noValidate
        >
          {/* The summary above lists the field errors; this says what concerns the whole form. */}
          <FormMessage state={{ ...state, fieldErrors: undefined }} />
          <input type="hidden" name="id" value={assessment.id} />
          <input type="hidden" name="version" value={assessment.version} />
          {parts.map(({ id, title, section }) =>
            section ? (
              <FormSection key={id} id={id} title={title} description={section.description}>
                {section.questions.map((question) => (
                  <QuestionField
                    key={question.code}
                    question={question}
                    value={values[`q.${question.code}`] ?? (question.kind === "multi" ? [] : "")}
                    errors={errors[`q.${question.code}`]}
                    previous={changes[question.code]}
                  />
                ))}
              </FormSection>
            ) : (
              <FormSection key={id} id={id} title={title} description={review.areaSectionDescription}>
                <AreaFields
                  tiles={tiles}
                  point={point}
                  movePointHref={movePointHref}
                  options={options}
                  values={{
                    extent: text("extent"),
                    municipalityCode: text("municipalityCode"),
                    policeAreaId: text("policeAreaId"),
                    districtId: text("districtId"),
                  }}
                  errors={errors}
                  onExtentChange={(extent) => setEdited({ key, values: { ...current, extent } })}
                />
              </FormSection>
            ),
          )}
          {/* The actions stay within reach at the bottom of the screen all along the long form. */}
          <div
            data-sticky-actions
            className="sticky bottom-0 z-[1100] -mx-2 flex flex-wrap gap-3 border-t border-slate-300 bg-slate-50 px-2 py-3 shadow-[0_-4px_6px_-4px_rgb(0_0_0/0.15)]"
          >
            <button
              type="submit"
              name="intent"
              value="save"
              className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            >
              {t.save}
            </button>
            <button
              type="submit"
              name="intent"
              value="submit"
              className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
            >
              {t.submit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

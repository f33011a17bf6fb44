"use client";

import { useActionState } from "react";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { formKey, initialFormState, type FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { ExtentField } from "./extent-field";
import { QuestionField } from "./question-field";

const t = messages.assessmentForm;

export type AssessmentFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  assessment: { id: string; version: number };
  questionnaire: Questionnaire;
  /** Stored values as the fields hold them: `q.<code>`, the attribution and the extent. */
  values: Record<string, string | string[]>;
  /** For answers that differ from last year's final assessment. */
  changes: Record<string, { year: number; text: string }>;
  options: {
    municipalities: { code: string; name: string }[];
    policeAreas: { id: string; name: string }[];
    districts: { id: string; name: string }[];
  };
  tiles: TileConfig;
  point: LatLng;
};

export function AssessmentForm({ action, assessment, questionnaire, values: stored, changes, options, tiles, point }: AssessmentFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  // After an error, exactly what was posted: an unticked box is absent from it, not "as stored".
  const values = state.ok || !state.values ? stored : state.values;
  const errors = state.fieldErrors ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <form key={formKey(state)} action={formAction} className="flex max-w-3xl flex-col gap-8" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={assessment.id} />
      <input type="hidden" name="version" value={assessment.version} />
      {questionnaire.sections.map((section) => (
        <section
          key={section.code}
          aria-labelledby={`section-${section.code}`}
          className="flex flex-col gap-5 rounded border border-slate-300 bg-white p-5"
        >
          <h2 id={`section-${section.code}`}>{section.title}</h2>
          {section.description && <p className="-mt-3 text-slate-700">{section.description}</p>}
          {section.questions.map((question) => (
            <QuestionField
              key={question.code}
              question={question}
              value={values[`q.${question.code}`] ?? (question.kind === "multi" ? [] : "")}
              errors={errors[`q.${question.code}`]}
              previous={changes[question.code]}
            />
          ))}
          {section.code === "classification" && (
            <>
              <ExtentField tiles={tiles} point={point} initial={text("extent")} errors={errors.extent} />
              <div className="grid gap-4 sm:grid-cols-3">
                <SelectField
                  name="municipalityCode"
                  label={messages.scenes.municipality}
                  hint={t.areaHint}
                  value={text("municipalityCode")}
                  errors={errors.municipalityCode}
                  emptyLabel={messages.scenes.choose}
                  options={options.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
                />
                <SelectField
                  name="policeAreaId"
                  label={messages.scenes.policeArea}
                  value={text("policeAreaId")}
                  errors={errors.policeAreaId}
                  emptyLabel={messages.scenes.choose}
                  options={options.policeAreas.map((a) => ({ value: a.id, label: a.name }))}
                />
                <SelectField
                  name="districtId"
                  label={messages.scenes.district}
                  value={text("districtId")}
                  errors={errors.districtId}
                  emptyLabel={messages.scenes.choose}
                  options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
                />
              </div>
            </>
          )}
        </section>
      ))}
      <div className="flex flex-wrap gap-3">
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
  );
}

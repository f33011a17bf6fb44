import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { OptionList } from "@/components/questionnaires/option-list";
import { AddOptionForm, RenameQuestionForm, RequiredForm } from "@/components/questionnaires/question-forms";
import {
  addOptionAction,
  renameOptionAction,
  renameQuestionAction,
  retireOptionAction,
  setQuestionRequiredAction,
} from "@/lib/assessments/questionnaire/actions";
import { requirementText } from "@/lib/assessments/questionnaire/change-text";
import { findQuestion } from "@/lib/assessments/questionnaire/definition";
import { requirementOf } from "@/lib/assessments/questionnaire/diff";
import { questionnairePath } from "@/lib/assessments/questionnaire/paths";
import { getQuestionnaireVersion } from "@/lib/assessments/questionnaire/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { requireYearSegment } from "@/lib/url/year-segment";
import { plannedYears } from "@/lib/years";

const t = messages.questionnaires;
export const metadata: Metadata = { title: t.editQuestion };

/** One question of a version that may still change: its text, its requirement, its options. */
export default async function QuestionPage({ params }: PageProps<"/admin/formular/[year]/fragor/[code]">) {
  await requirePermission("questionnaire:manage");
  const { year: segment, code } = await params;
  const version = await getQuestionnaireVersion(requireYearSegment(segment, plannedYears));
  const question = version && findQuestion(version.definition, decodeURIComponent(code));
  // A frozen version has nothing to change: its page shows it whole.
  if (!version || !question || version.state === "frozen") notFound();
  const ref = { year: version.year, version: version.version, question: question.code };
  const requirement = requirementOf(question);
  return (
    <>
      <AdminNav current="questionnaires" />
      <p className="mb-1">
        <Link href={questionnairePath(version.year)} className="text-blue-800 underline">
          {t.backToYear(version.year)}
        </Link>
      </p>
      <h1 className="mb-2">{question.label}</h1>
      <p className="mb-6 text-slate-700">
        {t.code}: <span className="font-mono">{question.code}</span> · {t.kinds[question.kind]} ·{" "}
        {requirementText(requirement, version.definition)}
      </p>
      <div className="flex max-w-3xl flex-col gap-6">
        <section aria-labelledby="wording-heading" className="rounded border border-slate-300 bg-white p-5">
          <h2 id="wording-heading" className="mb-3">
            {t.label}
          </h2>
          <RenameQuestionForm action={renameQuestionAction} {...ref} label={question.label} />
        </section>
        <section aria-labelledby="requirement-heading" className="rounded border border-slate-300 bg-white p-5">
          <h2 id="requirement-heading" className="mb-3">
            {t.requirement}
          </h2>
          {requirement.when ? (
            <p>{t.conditionalNote}</p>
          ) : (
            <RequiredForm action={setQuestionRequiredAction} {...ref} required={requirement.required} />
          )}
        </section>
        {"options" in question && (
          <>
            <section aria-labelledby="options-heading" className="rounded border border-slate-300 bg-white p-5">
              <h2 id="options-heading" className="mb-2">
                {t.options}
              </h2>
              <p className="mb-4 text-slate-700">{t.retireHint}</p>
              <OptionList {...ref} options={question.options} actions={{ rename: renameOptionAction, retire: retireOptionAction }} />
            </section>
            <section aria-labelledby="add-option-heading" className="rounded border border-slate-300 bg-white p-5">
              <h2 id="add-option-heading" className="mb-4">
                {t.addOptionTitle}
              </h2>
              <AddOptionForm action={addOptionAction} {...ref} options={question.options.filter((o) => !o.retired)} />
            </section>
          </>
        )}
      </div>
    </>
  );
}

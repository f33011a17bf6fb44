import Link from "next/link";
import type { Question, Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { questionPath } from "@/lib/assessments/questionnaire/paths";
import { messages } from "@/lib/i18n";
import { requirementText } from "@/lib/assessments/questionnaire/change-text";
import { requirementOf } from "@/lib/assessments/questionnaire/diff";

const t = messages.questionnaires;

type Props = { year: number; questionnaire: Questionnaire; editable: boolean };

function OptionSummary({ question }: { question: Question }) {
  if (!("options" in question)) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-700">
      {question.options.map((o) => (
        <li key={o.code} className={o.retired ? "line-through decoration-slate-500" : undefined}>
          {o.label}
          {o.retired && <span className="no-underline"> ({t.retiredSuffix})</span>}
        </li>
      ))}
    </ul>
  );
}

/** The version section by section: each question's text, code, kind, requirement and options. */
export function QuestionnaireOutline({ year, questionnaire, editable }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {questionnaire.sections.map((section) => (
        <section key={section.code} aria-labelledby={`outline-${section.code}`} className="rounded border border-slate-300 bg-white p-5">
          <h2 id={`outline-${section.code}`} className="mb-3">
            {section.title}
          </h2>
          <ul className="flex flex-col divide-y divide-slate-200">
            {section.questions.map((question) => (
              <li key={question.code} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{question.label}</p>
                  <p className="text-sm text-slate-700">
                    <span className="font-mono">{question.code}</span> · {t.kinds[question.kind]} ·{" "}
                    {requirementText(requirementOf(question), questionnaire)}
                  </p>
                  <OptionSummary question={question} />
                </div>
                {editable && (
                  <Link
                    href={questionPath(year, question.code)}
                    className="text-blue-800 underline"
                    aria-label={t.editQuestionFor(question.label)}
                  >
                    {t.editQuestion}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

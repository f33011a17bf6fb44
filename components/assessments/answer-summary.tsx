import type { Answers, Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { describeAnswer } from "@/lib/assessments/answer-text";
import { messages } from "@/lib/i18n";

const t = messages.review;

type Props = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** For answers that differ from the previous final assessment: what it said then. */
  changes?: Record<string, { year: number; text: string }>;
};

/** The answers, read-only, section by section; a changed answer with the previous one beside it. */
export function AnswerSummary({ questionnaire, answers, changes = {} }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {questionnaire.sections.map((section) => (
        <section key={section.code} aria-labelledby={`summary-${section.code}`} className="rounded border border-slate-300 bg-white p-5">
          <h2 id={`summary-${section.code}`} className="mb-3">
            {section.title}
          </h2>
          <dl className="flex flex-col gap-3">
            {section.questions.map((q) => {
              const previous = changes[q.code];
              return (
                <div key={q.code} className={previous ? "border-l-4 border-amber-700 pl-3" : undefined}>
                  <dt className="font-medium">
                    {q.label}
                    {previous && (
                      <span className="ml-2 rounded border border-amber-800 bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
                        {t.changedBadge}
                      </span>
                    )}
                  </dt>
                  <dd className="whitespace-pre-line text-slate-800">{describeAnswer(q, answers[q.code])}</dd>
                  {previous && (
                    <dd className="mt-0.5 text-sm whitespace-pre-line text-amber-900">
                      <span className="font-medium">{t.previousAnswer(previous.year, questionnaire.year)}:</span> {previous.text}
                    </dd>
                  )}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}

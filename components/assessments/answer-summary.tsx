import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import type { Answers } from "@/lib/assessments/questionnaire/definition";
import { describeAnswer } from "@/lib/assessments/answer-text";

/** The answers, read-only, section by section. */
export function AnswerSummary({ questionnaire, answers }: { questionnaire: Questionnaire; answers: Answers }) {
  return (
    <div className="flex flex-col gap-6">
      {questionnaire.sections.map((section) => (
        <section key={section.code} aria-labelledby={`summary-${section.code}`} className="rounded border border-slate-300 bg-white p-5">
          <h2 id={`summary-${section.code}`} className="mb-3">
            {section.title}
          </h2>
          <dl className="flex flex-col gap-3">
            {section.questions.map((q) => (
              <div key={q.code}>
                <dt className="font-medium">{q.label}</dt>
                <dd className="whitespace-pre-line text-slate-800">{describeAnswer(q, answers[q.code])}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

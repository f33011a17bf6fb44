import type { AssessmentDetail } from "./queries";
import { describeAnswer, listChangedAnswers, toFieldValue } from "./answer-text";
import { listQuestions, type Answers, type Questionnaire } from "./questionnaire/definition";

/** A stored assessment as the form's field values (`q.<code>`, attribution, extent). */
export function toAssessmentFormValues(assessment: AssessmentDetail, questionnaire: Questionnaire): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    municipalityCode: assessment.municipalityCode,
    policeAreaId: assessment.policeAreaId,
    districtId: assessment.districtId ?? "",
    extent: assessment.extent ? JSON.stringify(assessment.extent) : "",
  };
  for (const q of listQuestions(questionnaire)) values[`q.${q.code}`] = toFieldValue(assessment.answers[q.code]);
  return values;
}

/** For each answer that differs from last year's final assessment: what it was then. */
export function describeChanges(questionnaire: Questionnaire, answers: Answers, previous: { year: number; answers: Answers } | null) {
  if (!previous) return {};
  const questions = listQuestions(questionnaire);
  const changed = listChangedAnswers(questions, answers, previous.answers);
  return Object.fromEntries(
    questions
      .filter((q) => changed.has(q.code))
      .map((q) => [q.code, { year: previous.year, text: describeAnswer(q, previous.answers[q.code]) }]),
  );
}

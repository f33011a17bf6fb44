import { freeText } from "@/lib/forms/free-text";
import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";
import { listQuestions, type AnswerValue, type Answers, type Question, type Questionnaire } from "./definition";

// The answer schema is built from the year's definition, so the form and the server check the
// same rules. A draft may be incomplete; a submission must answer what the definition requires.

const t = messages.assessments.validation;

export type AnswerMode = "draft" | "submit";

/** Raw form input: each question's field(s), as FormData gives them. */
export type RawAnswers = Record<string, string | string[] | undefined>;

const asList = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]);
const asText = (v: unknown) => (typeof v === "string" ? v.trim() : "");

function answerSchema(question: Question): z.ZodType<AnswerValue | undefined> {
  switch (question.kind) {
    case "multi": {
      const codes = question.options.map((o) => o.code);
      return z
        .preprocess(
          asList,
          z.array(z.string()).refine((v) => v.every((c) => codes.includes(c)), t.unknownOption),
        )
        .transform((v) => (v.length ? [...new Set(v)] : undefined));
    }
    case "single": {
      const codes = question.options.map((o) => o.code);
      return z
        .preprocess(
          asText,
          z.string().refine((v) => v === "" || codes.includes(v), t.unknownOption),
        )
        .transform((v) => v || undefined);
    }
    case "boolean":
      return z
        .preprocess(asText, z.enum(["", "yes", "no"], { message: t.unknownOption }))
        .transform((v) => (v === "" ? undefined : v === "yes"));
    case "text":
      return z.preprocess(asText, freeText().max(question.maxLength, t.tooLong(question.maxLength))).transform((v) => v || undefined);
  }
}

function isAnswered(value: AnswerValue | undefined): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function isRequired(question: Question, answers: Partial<Answers>): boolean {
  if ("requiredIf" in question && question.requiredIf) return answers[question.requiredIf.question] === question.requiredIf.equals;
  return question.required;
}

/** The schema of one year's answers, for a draft or for a submission. */
export function buildAnswersSchema(questionnaire: Questionnaire, mode: AnswerMode) {
  const questions = listQuestions(questionnaire);
  const shape = Object.fromEntries(questions.map((q) => [q.code, answerSchema(q)]));
  return z
    .object(shape)
    .superRefine((answers, ctx) => {
      if (mode === "draft") return;
      for (const question of questions) {
        if (isRequired(question, answers) && !isAnswered(answers[question.code])) {
          ctx.addIssue({ code: "custom", path: [question.code], message: question.kind === "multi" ? t.chooseAtLeastOne : t.required });
        }
      }
    })
    .transform((answers): Answers => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers);
}

/**
 * The year's answers from a form's `q.<code>` fields (each read as a list): a question that takes
 * one answer and got several is refused, never decided by which value comes first.
 */
export function pickAnswerFields(
  fields: Record<string, string[]>,
  questionnaire: Questionnaire,
): { answers: RawAnswers; repeated: string[] } {
  const answers: RawAnswers = {};
  const repeated: string[] = [];
  for (const q of listQuestions(questionnaire)) {
    const values = fields[q.code] ?? [];
    if (q.kind !== "multi" && values.length > 1) repeated.push(q.code);
    answers[q.code] = q.kind === "multi" ? values : values[0];
  }
  return { answers, repeated };
}

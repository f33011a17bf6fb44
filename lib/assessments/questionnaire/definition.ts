import { z } from "@/lib/forms/zod";

// The questionnaire is data: one definition per year, stored in the database and validated by
// this schema. Question and option codes are stable (imports, exports and the API use them);
// labels are Swedish and may change between versions.

/** A question's or an option's code: what exports, imports and the API name it by, never changed. */
export const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;
export const MAX_CODE_LENGTH = 40;

const code = z.string().regex(CODE_PATTERN);

/**
 * An option is retired, never deleted: new forms no longer offer it, but the answers that hold it
 * (earlier data, imports) stay valid and keep their label.
 */
const option = z.object({ code, label: z.string().min(1), retired: z.boolean().optional() });

/** Required on submit only when another answer has the given value (e.g. only for a scene). */
const requiredIf = z.object({ question: code, equals: z.union([z.boolean(), z.string()]) });

const base = { code, label: z.string().min(1), help: z.string().optional() };

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("multi"),
    options: z.array(option).min(1),
    required: z.boolean().default(false),
    requiredIf: requiredIf.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal("single"),
    options: z.array(option).min(2),
    required: z.boolean().default(false),
    requiredIf: requiredIf.optional(),
  }),
  z.object({ ...base, kind: z.literal("boolean"), required: z.boolean().default(false) }),
  z.object({
    ...base,
    kind: z.literal("text"),
    required: z.boolean().default(false),
    maxLength: z.number().int().positive().default(2000),
  }),
]);

export const sectionSchema = z.object({
  code,
  title: z.string().min(1),
  description: z.string().optional(),
  questions: z.array(questionSchema).min(1),
});

export const questionnaireSchema = z
  .object({ year: z.number().int().min(2000), sections: z.array(sectionSchema).min(1) })
  .superRefine((q, ctx) => {
    const codes = q.sections.flatMap((s) => s.questions.map((x) => x.code));
    const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
    if (duplicate) ctx.addIssue({ code: "custom", message: `Question code ${duplicate} is used twice` });
    for (const question of q.sections.flatMap((s) => s.questions)) {
      if ("requiredIf" in question && question.requiredIf && !codes.includes(question.requiredIf.question)) {
        ctx.addIssue({ code: "custom", message: `${question.code} depends on unknown question ${question.requiredIf.question}` });
      }
      if (!("options" in question)) continue;
      const options = question.options.map((o) => o.code);
      const twice = options.find((c, i) => options.indexOf(c) !== i);
      if (twice) ctx.addIssue({ code: "custom", message: `${question.code} has option ${twice} twice` });
      // Retiring never leaves a question that cannot be answered.
      if (countOffered(question) < MIN_OFFERED[question.kind]) {
        ctx.addIssue({ code: "custom", message: `${question.code} offers too few options` });
      }
    }
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Question = z.infer<typeof questionSchema>;

/** An answer as stored: option codes, a boolean, or free text; absent when unanswered. */
export type AnswerValue = string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

export type ChoiceQuestion = Extract<Question, { kind: "multi" | "single" }>;
export type Option = ChoiceQuestion["options"][number];

/** How many options a choice question must offer (not retired): one to tick, or two to choose between. */
export const MIN_OFFERED = { multi: 1, single: 2 } as const;

export function countOffered(question: ChoiceQuestion): number {
  return question.options.filter((o) => !o.retired).length;
}

export function isChoiceQuestion(question: Question): question is ChoiceQuestion {
  return question.kind === "multi" || question.kind === "single";
}

export function listQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((s) => s.questions);
}

export function findQuestion(questionnaire: Questionnaire, code: string): Question | undefined {
  return listQuestions(questionnaire).find((q) => q.code === code);
}

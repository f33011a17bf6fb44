import { z } from "@/lib/forms/zod";
import { refineDistrictRule } from "@/lib/areas/district-rule";
import { requiredText, versionField } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { plannedYearSchema } from "@/lib/years";

// The assessment form's own fields; the answers have a schema built from the year's definition
// (lib/assessments/questionnaire/answers.ts).

const t = messages.assessmentForm;

const ANSWER_PREFIX = "q.";

/** Answer fields are `q.<code>`, read as lists (multiple choice repeats them); checked per year. */
export const isAnswerField = (name: string) => name.startsWith(ANSWER_PREFIX);

/** Moves the `q.<code>` fields of a posted form into `answers`, keyed by question code. */
function gatherAnswers(fields: unknown): unknown {
  if (typeof fields !== "object" || fields === null) return fields;
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (isAnswerField(name)) answers[name.slice(ANSWER_PREFIX.length)] = value;
    else rest[name] = value;
  }
  return { ...rest, answers };
}

const assessmentFields = z.object({
  id: z.string().min(1),
  version: versionField,
  intent: z.enum(["save", "submit"]).default("save"),
  municipalityCode: requiredText(messages.scenes.municipalityRequired),
  policeAreaId: requiredText(messages.scenes.policeAreaRequired),
  districtId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  extent: z.string().trim().default(""),
  /** The raw answers; the year's questionnaire checks them once the assessment is loaded. */
  answers: z.record(z.string(), z.array(z.string())).default({}),
});

export const assessmentFieldsSchema = z.preprocess(gatherAnswers, assessmentFields.superRefine(refineDistrictRule));

export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

/** A co-signer's or returner's comment, an administrator's reason to reopen. */
const comment = freeText().max(2000);

export const decisionSchema = z
  .object({
    id: z.string().min(1),
    version: versionField,
    decision: z.enum(["cosign", "return", "reopen"]),
    comment: comment.optional().transform((v) => v || undefined),
  })
  .superRefine((input, ctx) => {
    if (input.decision !== "cosign" && !input.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: t.commentRequired });
  });

/** Next year too: whether its round is open, and so whether it may be started, is the action's check. */
export const startAssessmentSchema = z.object({ sceneId: z.string().min(1), year: plannedYearSchema });

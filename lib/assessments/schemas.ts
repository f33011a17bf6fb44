import { z } from "@/lib/forms/zod";
import { checkDistrictRule } from "@/lib/areas/district-rule";
import { requiredText, versionField } from "@/lib/forms/fields";
import { messages } from "@/lib/i18n";
import { followedYearSchema } from "@/lib/years";

// The assessment form's own fields; the answers have a schema built from the year's definition
// (lib/assessments/questionnaire/answers.ts).

const t = messages.assessmentForm;

export const assessmentFieldsSchema = z
  .object({
    id: z.string().min(1),
    version: versionField,
    municipalityCode: requiredText(messages.scenes.municipalityRequired),
    policeAreaId: requiredText(messages.scenes.policeAreaRequired),
    districtId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null),
    extent: z.string().trim().default(""),
  })
  .superRefine((fields, ctx) => {
    const error = checkDistrictRule(fields.municipalityCode, fields.districtId);
    if (error) ctx.addIssue({ code: "custom", path: ["districtId"], message: error });
  });

export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

const comment = z.string().trim().max(2000);

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

export const startAssessmentSchema = z.object({ sceneId: z.string().min(1), year: followedYearSchema });

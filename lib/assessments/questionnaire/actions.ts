"use server";

import { z } from "@/lib/forms/zod";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { defineAction, type Done } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { messages } from "@/lib/i18n";
import { checkAssessmentFields } from "../check-fields";
import { assessmentFieldsSchema, isAnswerField } from "../schemas";
import type { QuestionnaireEdit } from "./edit";
import { editQuestionnaire, prepareQuestionnaire, publishQuestionnaire } from "./mutations";
import { PREVIEW_POINT, QUESTIONNAIRES_PATH, questionPath, questionnairePath } from "./paths";
import { describeEditConflict } from "./conflict";
import { getQuestionnaireVersion, type QuestionnaireVersionDetail } from "./queries";
import {
  addOptionSchema,
  addQuestionSchema,
  prepareQuestionnaireSchema,
  publishQuestionnaireSchema,
  renameOptionSchema,
  renameQuestionSchema,
  retireOptionSchema,
  setRequiredSchema,
} from "./schemas";

// Through lib/forms/action.ts: only administrators prepare, change and publish a questionnaire,
// and the mutations check that again, with the version the admin saw and whether the year is in
// use, on the locked row.

const t = messages.questionnaires;

const mayManage = (user: SessionUser) => can(user, "questionnaire:manage");
const loadVersion = (_user: SessionUser, input: { year: number }) => getQuestionnaireVersion(input.year);

/** The pages that show the year's version (and the question an edit concerns). */
const pagesOf = (year: number, question?: string) => [
  QUESTIONNAIRES_PATH,
  questionnairePath(year),
  ...(question ? [questionPath(year, question)] : []),
];

export const prepareQuestionnaireAction = defineAction({
  schema: prepareQuestionnaireSchema,
  load: async (_user, input) => ({ year: input.year }),
  authorize: mayManage,
  write: (user, _target, input) => prepareQuestionnaire(user, input.year),
  done: (_target, { year }) => ({
    redirect: withNotice(questionnairePath(year), "questionnaire-prepared"),
    revalidate: [QUESTIONNAIRES_PATH],
  }),
});

export const publishQuestionnaireAction = defineAction({
  schema: publishQuestionnaireSchema,
  load: loadVersion,
  authorize: mayManage,
  write: (user, target, input) => publishQuestionnaire(user, target, input.version),
  done: (target) => ({
    redirect: withNotice(questionnairePath(target.year), "questionnaire-published"),
    revalidate: pagesOf(target.year),
  }),
});

/** An edit's action: its form's schema, and the edit it stands for. */
function editAction<Schema extends z.ZodType<{ year: number; version: number }>>(
  schema: Schema,
  toEdit: (input: z.output<Schema>) => QuestionnaireEdit,
) {
  return defineAction({
    schema,
    load: loadVersion,
    authorize: mayManage,
    write: (user: SessionUser, target: QuestionnaireVersionDetail, input: z.output<Schema>) =>
      editQuestionnaire(user, target, input.version, toEdit(input)),
    done: (target: QuestionnaireVersionDetail, outcome: "saved" | "unchanged", input: z.output<Schema>): Done => {
      const edit = toEdit(input);
      return {
        state: { ok: true, message: outcome === "saved" ? t.saved : t.unchanged },
        revalidate: pagesOf(target.year, "question" in edit ? edit.question : undefined),
      };
    },
    conflict: async (_user: SessionUser, target: QuestionnaireVersionDetail, input: z.output<Schema>) =>
      describeEditConflict(target.year, toEdit(input)),
  });
}

export const addQuestionAction = editAction(addQuestionSchema, ({ section, kind, code, label, required, options }) => ({
  op: "add-question",
  section,
  kind,
  code,
  label,
  required,
  options,
}));

export const addOptionAction = editAction(addOptionSchema, ({ question, code, label, before }) => ({
  op: "add-option",
  question,
  code,
  label,
  before,
}));

export const renameQuestionAction = editAction(renameQuestionSchema, ({ question, label }) => ({ op: "rename-question", question, label }));

export const renameOptionAction = editAction(renameOptionSchema, ({ question, option, label }) => ({
  op: "rename-option",
  question,
  option,
  label,
}));

export const retireOptionAction = editAction(retireOptionSchema, ({ question, option, retired }) => ({
  op: "retire-option",
  question,
  option,
  retired,
}));

export const setQuestionRequiredAction = editAction(setRequiredSchema, ({ question, required }) => ({
  op: "set-required",
  question,
  required,
}));

/**
 * The preview's form posts here: the answers are checked with the year's version (draft or
 * published) exactly as an analyst's save or submission would check them, and nothing is written.
 * The form's `id` is the year and its `version` the questionnaire's, so a stale preview is told so.
 */
export const previewQuestionnaireAction = defineAction({
  schema: assessmentFieldsSchema,
  lists: isAnswerField,
  load: async (_user, input) => {
    const year = /^\d{4}$/.test(input.id) ? Number(input.id) : null;
    return year === null ? null : getQuestionnaireVersion(year);
  },
  authorize: mayManage,
  write: async (_user, target, input) => {
    if (target.version !== input.version) return { ok: false, formError: t.stale };
    const checked = checkAssessmentFields(target.definition, PREVIEW_POINT, input);
    return checked.ok ? { ok: true, value: undefined } : checked;
  },
  done: (_target, _value, input): Done<FormState> => ({
    state: { ok: true, message: input.intent === "submit" ? t.previewSubmitted : t.previewSaved },
  }),
});

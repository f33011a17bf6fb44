import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";
import { findQuestion } from "./definition";
import type { QuestionnaireEdit } from "./edit";
import { getQuestionnaireVersion } from "./queries";

// A stale edit of a label: the text stored now beside the one the admin sent, so that neither is
// lost. Other edits add or toggle something, and the refreshed page shows what is there now.

const t = messages.questionnaires;

export async function describeEditConflict(year: number, edit: QuestionnaireEdit): Promise<FormState["conflict"]> {
  if (edit.op !== "rename-question" && edit.op !== "rename-option") return [];
  const stored = await getQuestionnaireVersion(year);
  const question = stored && findQuestion(stored.definition, edit.question);
  if (!question) return [];
  const label =
    edit.op === "rename-question"
      ? question.label
      : "options" in question
        ? question.options.find((o) => o.code === edit.option)?.label
        : undefined;
  if (label === undefined || label === edit.label) return [];
  return [{ label: t.label, stored: label, submitted: edit.label }];
}

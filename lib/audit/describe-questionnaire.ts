import { describeQuestionnaireChange } from "@/lib/assessments/questionnaire/change-text";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { diffQuestionnaires } from "@/lib/assessments/questionnaire/diff";
import { messages } from "@/lib/i18n";

// A questionnaire event's definition read as what changed ("Nytt alternativ: Symtom på platsen
// (symptoms): Nära skola (near_school)"), the same words as the comparison page, instead of two
// copies of the whole definition. Pure.

const t = messages.questionnaires;

type Line = { key: string; label: string; value: string };

/** The lines for a definition before and after; null when either is no definition (left to the caller). */
export function describeDefinitionChange(before: unknown, after: unknown): Line[] | null {
  const to = questionnaireSchema.safeParse(after);
  if (!to.success) return null;
  if (before === undefined || before === null) {
    const questions = to.data.sections.reduce((n, s) => n + s.questions.length, 0);
    return [{ key: "definition", label: messages.audit.fields.definition, value: t.summary(to.data.sections.length, questions) }];
  }
  const from = questionnaireSchema.safeParse(before);
  if (!from.success) return null;
  return diffQuestionnaires(from.data, to.data).map((change, i) => {
    const row = describeQuestionnaireChange(change, to.data);
    const values = row.before && row.after ? `${row.before} → ${row.after}` : row.after || row.before;
    return { key: `definition.${i}`, label: row.change, value: values ? `${row.subject}: ${values}` : row.subject };
  });
}

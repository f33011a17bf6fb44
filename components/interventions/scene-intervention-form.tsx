import { EvaluationForm } from "@/components/interventions/evaluation-form";
import { emptyInterventionValues, InterventionForm } from "@/components/interventions/intervention-form";
import { messages } from "@/lib/i18n";
import { createInterventionAction, evaluateInterventionAction, updateInterventionAction } from "@/lib/interventions/actions";
import { interventionTypeLabel } from "@/lib/interventions/labels";
import type { InterventionRow } from "@/lib/interventions/queries";

const t = messages.interventions;

type Props = {
  /** The id of the section the form sits in: its heading is named after it. */
  formId: string;
  sceneId: string;
  base: string;
  editing?: InterventionRow;
  evaluating?: InterventionRow;
};

/** The one form the page shows: evaluating, changing, or else registering a new intervention. */
export function SceneInterventionForm({ formId, sceneId, base, editing, evaluating }: Props) {
  const heading = (text: string, row?: InterventionRow) => (
    <h2 id={`${formId}-heading`} className="mb-3">
      {text}
      {row && `: ${interventionTypeLabel(row.type)}, ${row.startDate}`}
    </h2>
  );
  if (evaluating) {
    const { id, version, effect, evaluation } = evaluating;
    return (
      <>
        {heading(t.evaluateIntervention, evaluating)}
        <EvaluationForm
          key={evaluating.id}
          action={evaluateInterventionAction}
          intervention={{ id, version, effect, evaluation }}
          cancelHref={base}
        />
      </>
    );
  }
  if (editing) {
    const { type, actor, startDate, endDate, description } = editing;
    return (
      <>
        {heading(t.editIntervention, editing)}
        <InterventionForm
          key={editing.id}
          action={updateInterventionAction}
          target={{ id: editing.id, version: editing.version }}
          initial={{ type, actor, startDate, endDate: endDate ?? "", description }}
          submitLabel={t.save}
          cancelHref={base}
        />
      </>
    );
  }
  return (
    <>
      {heading(t.newIntervention)}
      <InterventionForm action={createInterventionAction} target={{ sceneId }} initial={emptyInterventionValues} submitLabel={t.create} />
    </>
  );
}

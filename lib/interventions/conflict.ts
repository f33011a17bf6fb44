import "server-only";
import { listDifferences, type ConflictField } from "@/lib/forms/conflict";
import { messages } from "@/lib/i18n";
import { effectLabel, interventionActorLabel, interventionTypeLabel } from "./labels";
import { listSceneInterventions } from "./queries";
import type { EvaluateInterventionInput, UpdateInterventionInput } from "./schemas";

const t = messages.interventions;
const orDash = (text: string | null | undefined) => text || "–";

/** The intervention as stored now beside the change the user sent, where they differ. */
export async function describeInterventionConflict(
  intervention: { id: string; sceneId: string },
  input: UpdateInterventionInput | EvaluateInterventionInput,
): Promise<ConflictField[]> {
  const stored = (await listSceneInterventions(intervention.sceneId)).find((i) => i.id === intervention.id);
  if (!stored) return [];
  const evaluated = "effect" in input;
  const fields: ConflictField[] = evaluated
    ? [
        { label: t.effect, stored: stored.effect ? effectLabel(stored.effect) : "–", submitted: effectLabel(input.effect) },
        { label: t.evaluation, stored: orDash(stored.evaluation), submitted: input.evaluation },
      ]
    : [
        { label: t.type, stored: interventionTypeLabel(stored.type), submitted: interventionTypeLabel(input.type) },
        { label: t.actor, stored: interventionActorLabel(stored.actor), submitted: interventionActorLabel(input.actor) },
        { label: t.startDate, stored: stored.startDate, submitted: input.startDate },
        { label: t.endDate, stored: orDash(stored.endDate), submitted: orDash(input.endDate) },
        { label: t.description, stored: stored.description, submitted: input.description },
      ];
  return listDifferences(fields);
}

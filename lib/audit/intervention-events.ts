import { z } from "@/lib/forms/zod";

// The audit events of the intervention register (lib/interventions): an intervention's life at its
// scene, and an admin's description of what a type of intervention means. Part of the log's one
// union (./events.ts), kept here so that file stays about the log as a whole.

/** An intervention (insats) as the log keeps it: its scene by reference, days as YYYY-MM-DD. */
export const interventionSnapshotSchema = z.object({
  sceneRef: z.string(),
  type: z.string(),
  actor: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  description: z.string(),
  effect: z.string().nullable(),
  evaluation: z.string().nullable(),
  evaluatedAt: z.string().nullable(),
});
export type InterventionSnapshot = z.infer<typeof interventionSnapshotSchema>;

const interventionEntity = { entityType: z.literal("intervention"), entityId: z.string() };
const interventionChange = { ...interventionEntity, before: interventionSnapshotSchema, after: interventionSnapshotSchema };

/** A type's description of its method (lib/interventions/type-descriptions), logged on the type's code. */
export const interventionTypeDescriptionSnapshotSchema = z.object({ type: z.string(), description: z.string() });
export type InterventionTypeDescriptionSnapshot = z.infer<typeof interventionTypeDescriptionSnapshotSchema>;

const interventionTypeEntity = { entityType: z.literal("intervention_type"), entityId: z.string() };

export const interventionEvents = [
  z.object({ type: z.literal("intervention.created"), ...interventionEntity, before: z.null(), after: interventionSnapshotSchema }),
  z.object({ type: z.literal("intervention.updated"), ...interventionChange }),
  z.object({ type: z.literal("intervention.evaluated"), ...interventionChange }),
  // Before is null at a type's first description: until then it had none.
  z.object({
    type: z.literal("intervention_type.description_saved"),
    ...interventionTypeEntity,
    before: interventionTypeDescriptionSnapshotSchema.nullable(),
    after: interventionTypeDescriptionSnapshotSchema,
  }),
] as const;

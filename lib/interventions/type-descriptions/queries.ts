import "server-only";
import { db } from "@/lib/db";
import { INTERVENTION_TYPES, type InterventionType } from "../codes";

// The intervention types' descriptions: read by the admin page that writes them and by the
// "Vad fungerar" view that shows them beside each type's figures.

export type InterventionTypeDescription = { type: InterventionType; description: string; version: number };

/**
 * Every intervention type in the order of the codes, with its description: "" at version 0 for a
 * type nobody has described yet. A stored row whose code the list no longer has is left out.
 */
export async function listInterventionTypeDescriptions(): Promise<InterventionTypeDescription[]> {
  const rows = await db.interventionTypeDescription.findMany({ select: { type: true, description: true, version: true } });
  const byType = new Map(rows.map((row) => [row.type, row]));
  return INTERVENTION_TYPES.map((type) => ({
    type,
    description: byType.get(type)?.description ?? "",
    version: byType.get(type)?.version ?? 0,
  }));
}

/** One type's description as stored now ("" when it has none). */
export async function getInterventionTypeDescription(type: InterventionType): Promise<string> {
  const row = await db.interventionTypeDescription.findUnique({ where: { type }, select: { description: true } });
  return row?.description ?? "";
}

import { z } from "@/lib/forms/zod";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";
import { INTERVENTION_TYPES } from "../codes";

// The form that describes what an intervention type means, shared by the admin page's forms and
// the server action. Client-safe.

const t = messages.typeDescriptions;

export const MAX_DESCRIPTION_LENGTH = 1000;

/** The version the description was read at; 0: the type had none yet (its row comes with the first save). */
const readVersion = z.coerce.number().int().min(0);

export const updateTypeDescriptionSchema = z.object({
  type: z.enum(INTERVENTION_TYPES, { message: t.unknownType }),
  version: readVersion,
  // Empty is allowed: it takes a description away.
  description: freeText().max(MAX_DESCRIPTION_LENGTH, t.descriptionTooLong(MAX_DESCRIPTION_LENGTH)),
});

export type UpdateTypeDescriptionInput = z.infer<typeof updateTypeDescriptionSchema>;

"use server";

import { can } from "@/lib/auth/permissions";
import { defineAction } from "@/lib/forms/action";
import { listDifferences } from "@/lib/forms/conflict";
import { messages } from "@/lib/i18n";
import { interventionTypeLabel } from "../labels";
import { updateInterventionTypeDescription } from "./mutations";
import { getInterventionTypeDescription } from "./queries";
import { updateTypeDescriptionSchema } from "./schemas";

// Through lib/forms/action.ts. A type is a code of the fixed list, checked by the schema, and no
// area's: there is no record to find within a scope, only the admin's permission to authorize.
// The page holds one form per type, so the outcome is answered at the form that was sent.

const t = messages.typeDescriptions;
const PAGE = "/admin/insatstyper";
/** The view that shows each type's description beside its figures. */
const WHAT_WORKS = "/vad-fungerar";
const orDash = (text: string) => text || "–";

export const updateInterventionTypeDescriptionAction = defineAction({
  schema: updateTypeDescriptionSchema,
  load: async (_user, input) => ({ type: input.type }),
  authorize: (user) => can(user, "intervention-type:describe"),
  write: (user, target, input) => updateInterventionTypeDescription(user, target, input),
  done: (target) => ({ state: { ok: true, message: t.saved(interventionTypeLabel(target.type)) }, revalidate: [PAGE, WHAT_WORKS] }),
  conflict: async (_user, target, input) =>
    listDifferences([
      { label: t.description, stored: orDash(await getInterventionTypeDescription(target.type)), submitted: orDash(input.description) },
    ]),
});

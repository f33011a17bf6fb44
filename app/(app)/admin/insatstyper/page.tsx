import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { TypeDescriptionForm } from "@/components/interventions/type-description-form";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { interventionTypeLabel } from "@/lib/interventions/labels";
import { updateInterventionTypeDescriptionAction } from "@/lib/interventions/type-descriptions/actions";
import { listInterventionTypeDescriptions } from "@/lib/interventions/type-descriptions/queries";
import { MAX_DESCRIPTION_LENGTH } from "@/lib/interventions/type-descriptions/schemas";

const t = messages.typeDescriptions;
export const metadata: Metadata = { title: t.title };

/** The admin's descriptions of what each type of intervention means, one form per type. */
export default async function InterventionTypesPage() {
  await requirePermission("intervention-type:describe");
  const types = await listInterventionTypeDescriptions();
  return (
    <>
      <AdminNav current="interventionTypes" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.intro}</p>
      <ul className="flex max-w-3xl flex-col gap-6">
        {types.map((type) => (
          <li key={type.type} className="rounded border border-slate-300 bg-white p-5">
            <TypeDescriptionForm
              action={updateInterventionTypeDescriptionAction}
              type={{ ...type, label: interventionTypeLabel(type.type) }}
              maxLength={MAX_DESCRIPTION_LENGTH}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

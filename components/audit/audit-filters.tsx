import { FilterForm } from "@/components/ui/filter-form";
import { messages } from "@/lib/i18n";
import type { AuditFilters as Filters } from "@/lib/audit/schemas";

const t = messages.audit;

type Option = { value: string; label: string };
type Props = {
  action: string;
  filters: Filters;
  actors: { email: string; name: string | null }[];
  entityTypes: Option[];
  /** Grouped under headings (sign-ins, users, scenes, …), as the list is long. */
  eventTypes: { label: string; options: Option[] }[];
};

/** The log's filters, in the shared filter form: they live in the URL and work without JavaScript. */
export function AuditFilters({ action, filters, actors, entityTypes, eventTypes }: Props) {
  return (
    <FilterForm
      action={action}
      fields={[
        {
          name: "actor",
          label: t.actor,
          value: filters.actor,
          options: actors.map(({ email, name }) => ({ value: email, label: name ? `${name} (${email})` : email })),
        },
        { name: "entityType", label: t.entityType, value: filters.entityType, options: entityTypes },
        { name: "type", label: t.type, value: filters.type, options: [], groups: eventTypes },
        { kind: "date", name: "from", label: t.from, value: filters.from },
        { kind: "date", name: "to", label: t.to, value: filters.to },
      ]}
    />
  );
}

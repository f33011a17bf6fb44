import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { messages } from "@/lib/i18n";
import type { AuditFilters as Filters } from "@/lib/audit/schemas";

const t = messages.audit;

type Option = { value: string; label: string };
type Props = { action: string; filters: Filters; actors: string[]; entityTypes: Option[]; eventTypes: Option[] };

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Option[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{t.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <input id={`filter-${name}`} type="date" name={name} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}

/** A plain GET form, like the scene list's: the filters live in the URL and work without JavaScript. */
export function AuditFilters({ action, filters, actors, entityTypes, eventTypes }: Props) {
  return (
    <form
      method="get"
      action={action}
      className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4"
      aria-label={t.filter}
    >
      <Select name="actor" label={t.actor} value={filters.actor} options={actors.map((email) => ({ value: email, label: email }))} />
      <Select name="entityType" label={t.entityType} value={filters.entityType} options={entityTypes} />
      <Select name="type" label={t.type} value={filters.type} options={eventTypes} />
      <DateInput name="from" label={t.from} value={filters.from} />
      <DateInput name="to" label={t.to} value={filters.to} />
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {t.filter}
      </button>
      <Link href={action} className="py-2 text-blue-800 underline">
        {t.clearFilters}
      </Link>
    </form>
  );
}

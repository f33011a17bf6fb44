import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { messages } from "@/lib/i18n";
import { AREA_FILTER_PARAMS } from "@/lib/url/href";

const t = messages.scenes;

type Option = { value: string; label: string };

export type FilterField =
  | {
      kind?: "select";
      name: string;
      label: string;
      value: string | undefined;
      options: Option[];
      /** Options under headings (<optgroup>), after the plain ones: for a long list of kinds. */
      groups?: { label: string; options: Option[] }[];
      allLabel?: string;
    }
  | { kind: "date"; name: string; label: string; value: string | undefined };

const optionList = (options: Option[]) =>
  options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

function FilterControl({ field }: { field: FilterField }) {
  const id = `filter-${field.name}`;
  if (field.kind === "date") return <input id={id} type="date" name={field.name} defaultValue={field.value ?? ""} className={inputClass} />;
  return (
    <select id={id} name={field.name} defaultValue={field.value ?? ""} className={inputClass}>
      <option value="">{field.allLabel ?? t.all}</option>
      {optionList(field.options)}
      {field.groups?.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {optionList(group.options)}
        </optgroup>
      ))}
    </select>
  );
}

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function FilterForm({ action, fields, hidden = {} }: { action: string; fields: FilterField[]; hidden?: Record<string, string> }) {
  return (
    <form
      method="get"
      action={action}
      className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4"
      aria-label={t.filter}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <div key={field.name} className="flex max-w-full min-w-0 flex-col gap-1">
          <label htmlFor={`filter-${field.name}`} className="text-sm font-medium">
            {field.label}
          </label>
          <FilterControl field={field} />
        </div>
      ))}
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {t.filter}
      </button>
      <Link href={action} className="py-2 text-blue-800 underline">
        {t.clearFilters}
      </Link>
    </form>
  );
}

type AreaOptions = { municipalities: { code: string; name: string }[]; policeAreas: { id: string; name: string }[] };
type AreaValues = { municipality?: string; policeArea?: string; year?: number };

/**
 * The filter fields every list by area has (municipality, LPO, year), built from the choices and
 * the current values; each page places them among its own fields.
 */
export function areaFilterFields(options: AreaOptions, years: number[], values: AreaValues) {
  return {
    municipality: {
      name: AREA_FILTER_PARAMS.municipality,
      label: t.municipality,
      value: values.municipality,
      options: options.municipalities.map((m) => ({ value: m.code, label: m.name })),
    },
    policeArea: {
      name: AREA_FILTER_PARAMS.policeArea,
      label: t.policeArea,
      value: values.policeArea,
      options: options.policeAreas.map((a) => ({ value: a.id, label: a.name })),
    },
    year: {
      name: AREA_FILTER_PARAMS.year,
      label: t.year,
      value: values.year?.toString(),
      allLabel: t.allYears,
      options: years.map((y) => ({ value: String(y), label: String(y) })),
    },
  } satisfies Record<string, FilterField>;
}

import { YEAR_PARAM } from "@/lib/url/year";
import { inputClass } from "./field";

/** A GET form that picks a year: the choice lives in the URL and works without JavaScript. */
export function YearForm({
  action,
  year,
  years,
  label,
  submitLabel,
}: {
  action: string;
  year: number;
  years: number[];
  label: string;
  submitLabel: string;
}) {
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-3 print:hidden">
      <div className="flex flex-col gap-1">
        <label htmlFor="year-select" className="text-sm font-medium">
          {label}
        </label>
        <select id="year-select" name={YEAR_PARAM} defaultValue={year} className={inputClass}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {submitLabel}
      </button>
    </form>
  );
}

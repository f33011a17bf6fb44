import { inputClass } from "@/components/ui/field";
import { QUESTIONNAIRES_PATH } from "@/lib/assessments/questionnaire/paths";
import { messages } from "@/lib/i18n";

const t = messages.questionnaires;

type Props = { years: number[]; from: number | null; to: number | null };

/** A GET form choosing the two years to compare: the choice lives in the URL, without JavaScript. */
export function CompareForm({ years, from, to }: Props) {
  const select = (name: "fran" | "till", label: string, value: number | null) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`compare-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={value ?? undefined} className={inputClass}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={`${QUESTIONNAIRES_PATH}/jamfor`}
      aria-label={t.compareChoose}
      className="mb-6 flex flex-wrap items-end gap-3"
    >
      {select("fran", t.compareFrom, from)}
      {select("till", t.compareTo, to)}
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {t.compareSubmit}
      </button>
    </form>
  );
}

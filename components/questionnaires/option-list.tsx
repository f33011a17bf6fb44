import type { Option } from "@/lib/assessments/questionnaire/definition";
import { messages } from "@/lib/i18n";
import type { EditAction, VersionRef } from "./edit-form-parts";
import { RenameOptionForm, RetireOptionForm } from "./option-forms";
import { Badge } from "@/components/ui/badge";

const t = messages.questionnaires;

type Props = VersionRef & { question: string; options: Option[]; actions: { rename: EditAction; retire: EditAction } };

const styles = { active: "border-green-700 bg-green-50 text-green-900", retired: "border-slate-500 bg-slate-100 text-slate-800" };

/** A question's options, retired ones included, each with its own forms. */
export function OptionList({ year, version, question, options, actions }: Props) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {options.map((o) => {
        const option = { code: o.code, label: o.label, retired: !!o.retired };
        const ref = { year, version, question, option };
        return (
          <li key={o.code} className="flex flex-col gap-2 py-3">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <p className="flex flex-wrap items-center gap-3 py-1">
                <span className="font-mono text-sm">{o.code}</span>
                <Badge value={o.retired ? "retired" : "active"} label={o.retired ? t.optionRetired : t.optionActive} styles={styles} />
              </p>
              <RetireOptionForm action={actions.retire} {...ref} />
            </div>
            <RenameOptionForm action={actions.rename} {...ref} />
          </li>
        );
      })}
    </ul>
  );
}

import type { PoliceAreaOption } from "@/lib/areas/queries";
import { admin } from "@/lib/i18n/sv/admin";
import { roles } from "@/lib/i18n/sv/app";
import { FieldError } from "@/components/ui/field";

const t = admin;

/** The LPOs as checkboxes, grouped by police district; areas no longer valid are marked. */
export function PoliceAreaCheckboxes({
  policeAreas,
  selected,
  errors,
}: {
  policeAreas: PoliceAreaOption[];
  selected: string[];
  errors?: string[];
}) {
  const districts = [...new Set(policeAreas.map((a) => a.policeDistrict))];
  const today = new Date();
  return (
    <fieldset aria-describedby="policeAreaIds-hint policeAreaIds-error" className="rounded border border-slate-300 p-4">
      <legend className="px-1 font-medium">
        {t.policeAreas} ({roles.POLICE_ANALYST.toLowerCase()})
      </legend>
      <p id="policeAreaIds-hint" className="mb-2 text-sm text-slate-600">
        {t.policeAreasHint}
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {districts.map((district) => (
          <div key={district}>
            <p className="mb-1 text-sm font-semibold">{district}</p>
            {policeAreas
              .filter((a) => a.policeDistrict === district)
              .map((area) => (
                <label key={area.id} className="flex items-center gap-2 py-0.5">
                  <input
                    type="checkbox"
                    name="policeAreaIds"
                    value={area.id}
                    defaultChecked={selected.includes(area.id)}
                    className="h-4 w-4"
                  />
                  {area.name}
                  {area.validTo && area.validTo < today && <span className="text-sm text-slate-600">({t.historical})</span>}
                </label>
              ))}
          </div>
        ))}
      </div>
      <FieldError id="policeAreaIds-error" errors={errors} />
    </fieldset>
  );
}

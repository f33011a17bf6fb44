import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/forms/form-state";
import { assessmentForm } from "@/lib/i18n/sv/assessments";
import { scenes } from "@/lib/i18n/sv/scenes";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { ExtentField } from "./extent-field";

const t = assessmentForm;

export type AreaOptions = {
  municipalities: { code: string; name: string }[];
  policeAreas: { id: string; name: string }[];
  districts: { id: string; name: string }[];
};

type Props = {
  tiles: TileConfig;
  point: LatLng;
  movePointHref?: string | null;
  options: AreaOptions;
  values: { extent: string; municipalityCode: string; policeAreaId: string; districtId: string };
  errors: FieldErrors;
  /** The extent's text whenever it changes, drawn or typed. */
  onExtentChange?: (text: string) => void;
};

/** Where the scene lay that year: its extent on the map, and its municipality, LPO and district. */
export function AreaFields({ tiles, point, movePointHref, options, values, errors, onExtentChange }: Props) {
  return (
    <>
      <ExtentField
        tiles={tiles}
        point={point}
        movePointHref={movePointHref}
        initial={values.extent}
        errors={errors.extent}
        onChange={onExtentChange}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField
          name="municipalityCode"
          label={scenes.municipality}
          hint={t.areaHint}
          value={values.municipalityCode}
          errors={errors.municipalityCode}
          emptyLabel={scenes.choose}
          options={options.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
        />
        <SelectField
          name="policeAreaId"
          label={scenes.policeArea}
          value={values.policeAreaId}
          errors={errors.policeAreaId}
          emptyLabel={scenes.choose}
          options={options.policeAreas.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectField
          name="districtId"
          label={scenes.district}
          value={values.districtId}
          errors={errors.districtId}
          emptyLabel={scenes.choose}
          options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
        />
      </div>
    </>
  );
}

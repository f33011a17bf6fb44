import type { FormState } from "./form-state";

// What a writer who lost a race is shown: the stored values beside their own, for the fields
// where the two differ, as people read them (names and labels, not ids and codes).

export type ConflictField = NonNullable<FormState["conflict"]>[number];

export function listDifferences(fields: ConflictField[]): ConflictField[] {
  return fields.filter((f) => f.stored !== f.submitted);
}

/** Names for ids, for the area fields of a form. */
export type AreaNames = {
  municipalities: { code: string; name: string }[];
  policeAreas: { id: string; name: string }[];
  districts: { id: string; name: string }[];
};

export function nameAreas(names: AreaNames) {
  const by = <T>(list: T[], key: (t: T) => string, label: (t: T) => string) => {
    const map = new Map(list.map((item) => [key(item), label(item)]));
    return (id: string | null | undefined) => (id ? (map.get(id) ?? id) : "–");
  };
  return {
    municipality: by(
      names.municipalities,
      (m) => m.code,
      (m) => `${m.name} (${m.code})`,
    ),
    policeArea: by(
      names.policeAreas,
      (a) => a.id,
      (a) => a.name,
    ),
    district: by(
      names.districts,
      (d) => d.id,
      (d) => d.name,
    ),
  };
}

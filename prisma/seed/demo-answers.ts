// The questionnaire answers of the demo's assessments, shared by the demo accounts' scenes
// (demo-assessments.ts) and the county's other scenes (demo-county.ts).

export const substances: Record<string, string> = {
  "S-0001": "cannabis",
  "S-0002": "cannabis",
  "S-0003": "cocaine",
  "S-0004": "cannabis",
  "S-0005": "benzodiazepines",
  "S-0006": "cannabis",
  "S-0007": "opioids",
  "S-0008": "opioids",
  "S-0009": "prescription_drugs",
  "S-0012": "cocaine",
  "S-0013": "benzodiazepines",
  "S-0017": "opioids",
  "S-0018": "prescription_drugs",
};

export function answersFor(ref: string, year: number, first: number, ending: "ceased" | "merged" | null) {
  if (ending)
    return {
      is_open_drug_scene: false,
      development: ending,
      site_description: "Platsen följdes till och med detta år.",
      minors_present: "no",
      criminal_networks: "unknown",
    };
  const symptoms = ["nuisance", "unsafe", "crime_hotspot", "public_avoids"].slice(0, 2 + ((year + ref.length) % 3));
  return {
    is_open_drug_scene: true,
    development: year === first ? "new" : year % 2 === 0 ? "unchanged" : "reduced",
    symptoms,
    site_description: "Torg med genomströmning till kollektivtrafiken; försäljning sker i gångstråken.",
    adjoins: ["metro", "square"],
    sellers_origin: ["local", "county"],
    buyers_origin: ["county"],
    minors_present: year >= 2024 ? "yes" : "unknown",
    criminal_networks: "yes",
    main_substance: substances[ref] ?? "cannabis",
    police_actions: ["increased_presence", "drug_controls", ...(year >= 2024 ? ["camera_surveillance"] : [])],
    partners: ["social_services", "property_owners", "public_transport"],
  };
}

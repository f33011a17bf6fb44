import { policeInterventionYear } from "./demo-interventions";
import { unit } from "./demo-random";

// The questionnaire answers of the demo's assessments. The answers the dashboard follows year by
// year (partners, minors present, police actions) vary by scene and year, deterministically; this
// year's repeat last year's, as a draft begins from last year's final answers.

const LAST_COMPLETE_YEAR = 2025;

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

const PARTNERS = [
  "social_services",
  "youth_workers",
  "property_owners",
  "public_transport",
  "region_stockholm",
  "civil_society",
  "local_businesses",
  "schools",
  "prison_probation",
] as const;

/** A scene's partners: its own order of kinds, of which more take part as the collaboration grows. */
function partnersFor(ref: string, year: number): string[] {
  const order = [...PARTNERS].sort((a, b) => unit(`${ref}:${a}`) - unit(`${ref}:${b}`));
  return order.slice(0, 1 + Math.floor(unit(`${ref}:partners:${year}`) * 3) + (year >= 2023 ? 1 : 0));
}

/** Minors seen at more scenes year by year: "yes" at about a fifth of them in 2021, three fifths in 2025. */
function minorsFor(ref: string, year: number): "yes" | "no" | "unknown" {
  const r = unit(`${ref}:minors:${year}`);
  const yes = 0.2 + 0.1 * (year - 2021);
  return r < yes ? "yes" : r < yes + 0.25 ? "no" : "unknown";
}

/** Where the police ran an intervention, they worked there every year since; elsewhere not every year. */
function policeActionsFor(ref: string, year: number): string[] {
  const since = policeInterventionYear(ref);
  if (since !== null && year >= since) return ["increased_presence", "drug_controls", ...(year >= 2024 ? ["camera_surveillance"] : [])];
  if (unit(`${ref}:police:${year}`) < 0.35) return [];
  return unit(`${ref}:dialogue:${year}`) < 0.5 ? ["increased_presence", "dialogue_policing"] : ["increased_presence", "drug_controls"];
}

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
  const varied = Math.min(year, LAST_COMPLETE_YEAR);
  return {
    is_open_drug_scene: true,
    development: year === first ? "new" : year % 2 === 0 ? "unchanged" : "reduced",
    symptoms,
    site_description: "Torg med genomströmning till kollektivtrafiken; försäljning sker i gångstråken.",
    adjoins: ["metro", "square"],
    sellers_origin: ["local", "county"],
    buyers_origin: ["county"],
    minors_present: minorsFor(ref, varied),
    criminal_networks: "yes",
    main_substance: substances[ref] ?? "cannabis",
    police_actions: policeActionsFor(ref, varied),
    partners: partnersFor(ref, varied),
  };
}

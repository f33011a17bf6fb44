import { messages } from "@/lib/i18n";
import { districtRuleViolation } from "./district-rule";
import { isValidOn } from "./validity";

// The attribution rule: a place's municipality, LPO and district exist, follow the district rule,
// and the LPO covered the place on the given day. The one rule behind the scene form, the
// assessment save (lib/scenes/attribution.ts, which loads the facts of one place) and the bulk
// import (lib/import/attribution.ts, which loads them all once). Pure.
//
// The place names its areas by key: an id in the app, a name in an import file. The facts use the
// same keys, so that an unknown key is reported as the caller gave it.

export type CoverageFact = {
  policeArea: string;
  municipalityCode: string;
  district: string | null;
  validFrom: string | null;
  validTo: string | null;
};

export type AttributionFacts = {
  municipalities: ReadonlyMap<string, { name: string }>;
  policeAreas: ReadonlyMap<string, { name: string }>;
  districts: ReadonlyMap<string, { name: string; municipalityCode: string }>;
  coverages: readonly CoverageFact[];
};

export type PlaceKeys = { municipalityCode: string; policeArea: string; district: string | null };
export type AttributionField = keyof PlaceKeys;
/**
 * `unknown`: not in the reference data; `rule`: the district rule; `coverage`: the LPO did not
 * cover the place; `point`: the place is not where its point lies (lib/areas/point-attribution.ts).
 */
export type AttributionIssue = { field: AttributionField; kind: "unknown" | "rule" | "coverage" | "point"; message: string };

/** How the issues are worded: a form speaks of choices, an import file of codes, names and days. */
export type AttributionWording = {
  unknownMunicipality: (code: string) => string;
  unknownPoliceArea: (key: string) => string;
  unknownDistrict: (key: string) => string;
  districtRequired: string;
  districtOnlyStockholm: string;
  notCovering: (policeArea: string, place: string, day: string) => string;
};

const s = messages.scenes;

export const formWording: AttributionWording = {
  unknownMunicipality: () => s.unknownMunicipality,
  unknownPoliceArea: () => s.unknownPoliceArea,
  unknownDistrict: () => s.unknownDistrict,
  districtRequired: s.districtRequired,
  districtOnlyStockholm: s.districtOnlyStockholm,
  notCovering: (policeArea, place) => s.policeAreaNotCovering(policeArea, place),
};

type Found = {
  municipality: { name: string } | undefined;
  policeArea: { name: string } | undefined;
  district: { name: string; municipalityCode: string } | null | undefined;
};

function checkNames(facts: AttributionFacts, place: PlaceKeys, wording: AttributionWording): { found: Found; issues: AttributionIssue[] } {
  const key = place.district;
  const found: Found = {
    municipality: facts.municipalities.get(place.municipalityCode),
    policeArea: facts.policeAreas.get(place.policeArea),
    district: key === null ? null : facts.districts.get(key),
  };
  const issues: AttributionIssue[] = [];
  const unknown = (field: AttributionField, message: string) => issues.push({ field, kind: "unknown", message });
  if (!found.municipality) unknown("municipalityCode", wording.unknownMunicipality(place.municipalityCode));
  if (!found.policeArea) unknown("policeArea", wording.unknownPoliceArea(place.policeArea));
  if (key !== null && !found.district) unknown("district", wording.unknownDistrict(key));
  // Whether a place needs a district depends on its municipality: unknown, nothing can be said.
  if (!found.municipality) return { found, issues };
  const violation = districtRuleViolation(place.municipalityCode, key);
  if (violation) issues.push({ field: "district", kind: "rule", message: wording[violation] });
  else if (key !== null && found.district && found.district.municipalityCode !== place.municipalityCode) {
    unknown("district", wording.unknownDistrict(key));
  }
  return { found, issues };
}

/**
 * The issues of a place on an ISO day, each at its field; none when the place is valid. Without
 * a day (the year itself is wrong) the coverage is not checked.
 */
export function checkPlaceAttribution(
  facts: AttributionFacts,
  place: PlaceKeys,
  day: string | null,
  wording: AttributionWording,
): AttributionIssue[] {
  const { found, issues } = checkNames(facts, place, wording);
  if (issues.length || day === null || !found.municipality || !found.policeArea) return issues;
  const covered = facts.coverages.some(
    (c) =>
      c.policeArea === place.policeArea &&
      c.municipalityCode === place.municipalityCode &&
      c.district === place.district &&
      isValidOn(c, day),
  );
  if (covered) return [];
  const placeName = found.district ? s.placeDistrict(found.district.name) : s.placeMunicipality(found.municipality.name);
  return [{ field: "policeArea", kind: "coverage", message: wording.notCovering(found.policeArea.name, placeName, day) }];
}

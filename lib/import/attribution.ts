import { checkDistrictRule } from "@/lib/areas/district-rule";
import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import { isValidOn } from "@/lib/areas/validity";
import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { messages } from "@/lib/i18n";

// The attribution rules of lib/scenes/attribution.ts (checkAttribution), applied in memory to the
// reference data loaded once (lib/import/queries.ts): a file of hundreds of scenes is checked
// without a query per scene. Pure.

const t = messages.import;

export type CoverageFact = {
  policeAreaId: string;
  municipalityCode: string;
  districtId: string | null;
  validFrom: string | null;
  validTo: string | null;
};

/** What the validation needs from the database, loaded in one go. */
export type ImportReference = {
  municipalities: Map<string, { name: string }>;
  policeAreas: Map<string, { id: string; name: string }>;
  districts: Map<string, { id: string; name: string; municipalityCode: string }>;
  coverages: CoverageFact[];
  /** Stored questionnaire versions by year. */
  questionnaires: Map<number, Questionnaire>;
  /** The scenes of the file already in the database, by ref. */
  existingScenes: Map<string, { status: "ACTIVE" | "CLOSED" | "MERGED" | "SPLIT" }>;
};

export type PlaceNames = { municipalityCode: string; policeArea: string; district: string | null };
export type ResolvedPlace = { municipalityCode: string; policeAreaId: string; districtId: string | null };

type Field = "municipalityCode" | "policeArea" | "district";
/** `unknown`: a name not in the reference data; `rule`: the district rule; `coverage`: LPO vs. place. */
export type PlaceIssue = { field: Field; kind: "unknown" | "rule" | "coverage"; message: string };

/**
 * Resolves a place's names to ids and checks, on the given ISO day, that the LPO covered the
 * municipality (in Stockholm city: the district).
 */
export function resolvePlace(
  reference: ImportReference,
  place: PlaceNames,
  day: string,
): { place: ResolvedPlace | null; issues: PlaceIssue[] } {
  const municipality = reference.municipalities.get(place.municipalityCode);
  const policeArea = reference.policeAreas.get(place.policeArea);
  const district = place.district ? reference.districts.get(place.district) : undefined;
  const issues: PlaceIssue[] = [];
  if (!municipality) issues.push({ field: "municipalityCode", kind: "unknown", message: t.unknownMunicipality(place.municipalityCode) });
  if (!policeArea) issues.push({ field: "policeArea", kind: "unknown", message: t.unknownPoliceArea(place.policeArea) });
  if (place.district && (!district || district.municipalityCode !== STOCKHOLM_CITY)) {
    issues.push({ field: "district", kind: "unknown", message: t.unknownDistrict(place.district) });
  }
  if (municipality && checkDistrictRule(place.municipalityCode, place.district)) {
    const message = place.municipalityCode === STOCKHOLM_CITY ? t.districtRequired : t.districtOnlyStockholm;
    issues.push({ field: "district", kind: "rule", message });
  }
  if (issues.length || !policeArea || !municipality) return { place: null, issues };

  const resolved = { municipalityCode: place.municipalityCode, policeAreaId: policeArea.id, districtId: district?.id ?? null };
  const covered = reference.coverages.some(
    (c) =>
      c.policeAreaId === resolved.policeAreaId &&
      c.municipalityCode === resolved.municipalityCode &&
      c.districtId === resolved.districtId &&
      isValidOn(c, day),
  );
  if (covered) return { place: resolved, issues };
  const placeName = district ? t.placeDistrict(district.name) : t.placeMunicipality(municipality.name);
  return {
    place: null,
    issues: [{ field: "policeArea", kind: "coverage", message: t.policeAreaNotCovering(policeArea.name, placeName, day) }],
  };
}

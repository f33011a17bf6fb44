import { checkPlaceAttribution, type AttributionFacts, type AttributionIssue, type AttributionWording } from "@/lib/areas/attribution";
import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { messages } from "@/lib/i18n";

// An import file names a place's areas by code and name. The attribution rule of lib/areas is
// applied to the names, against the reference data loaded once (lib/import/queries.ts): a file of
// hundreds of scenes is checked without a query per scene. Pure.

const t = messages.import;

/** What the validation needs from the database, loaded in one go; areas by their names in a file. */
export type ImportReference = Omit<AttributionFacts, "policeAreas" | "districts"> & {
  policeAreas: ReadonlyMap<string, { id: string; name: string }>;
  districts: ReadonlyMap<string, { id: string; name: string; municipalityCode: string }>;
  /** Published questionnaire versions by year. */
  questionnaires: Map<number, Questionnaire>;
  /** Years whose questionnaire is still a draft: nothing is imported into them until it is published. */
  draftYears: ReadonlySet<number>;
  /** The scenes of the file already in the database, by ref. */
  existingScenes: Map<string, { status: "ACTIVE" | "CLOSED" | "MERGED" | "SPLIT" }>;
};

export type PlaceNames = { municipalityCode: string; policeArea: string; district: string | null };
export type ResolvedPlace = { municipalityCode: string; policeAreaId: string; districtId: string | null };
export type PlaceIssue = AttributionIssue;

const fileWording: AttributionWording = {
  unknownMunicipality: t.unknownMunicipality,
  unknownPoliceArea: t.unknownPoliceArea,
  unknownDistrict: t.unknownDistrict,
  districtRequired: t.districtRequired,
  districtOnlyStockholm: t.districtOnlyStockholm,
  notCovering: t.policeAreaNotCovering,
};

/**
 * Checks a place given by names on an ISO day (null: the year is wrong, so the coverage waits)
 * and resolves it to ids when it holds.
 */
export function resolvePlace(
  reference: ImportReference,
  place: PlaceNames,
  day: string | null,
): { place: ResolvedPlace | null; issues: PlaceIssue[] } {
  const issues = checkPlaceAttribution(reference, place, day, fileWording);
  const policeArea = reference.policeAreas.get(place.policeArea);
  const district = place.district === null ? null : reference.districts.get(place.district);
  if (issues.length || !policeArea || district === undefined) return { place: null, issues };
  return {
    place: { municipalityCode: place.municipalityCode, policeAreaId: policeArea.id, districtId: district?.id ?? null },
    issues,
  };
}

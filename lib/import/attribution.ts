import { checkPlaceAttribution, type AttributionFacts, type AttributionIssue, type AttributionWording } from "@/lib/areas/attribution";
import type { Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { comparePlace, expectPlace } from "@/lib/areas/point-attribution";
import { locateIn, type BoundaryRows } from "@/lib/areas/point-index";
import type { LatLng } from "@/lib/map/types";
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
  /** The boundaries, to check each scene's place against its point; null when none are loaded. */
  boundaries: BoundaryRows | null;
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

/**
 * Where a valid place disagrees with its point (lib/areas/point-attribution.ts), as issues at the
 * file's fields. An active scene's place is today's, checked whole; a closed scene's is of the year
 * it closed, which today's districts and LPOs say nothing about: only its municipality is checked.
 */
export function checkPlaceAgainstPoint(
  reference: ImportReference,
  place: ResolvedPlace,
  names: PlaceNames,
  point: LatLng,
  day: string,
  active: boolean,
): { field: "municipalityCode" | "district" | "policeArea"; message: string }[] {
  if (!reference.boundaries) return [];
  const expected = expectPlace(locateIn(reference.boundaries, point), day, place);
  const issues = comparePlace(active ? expected : { ...expected, districts: [], policeAreas: [] }, {
    municipality: {
      code: place.municipalityCode,
      name: reference.municipalities.get(place.municipalityCode)?.name ?? place.municipalityCode,
    },
    district: place.districtId && names.district ? { id: place.districtId, name: names.district } : null,
    policeArea: { id: place.policeAreaId, name: names.policeArea },
  });
  const fields = { municipalityCode: "municipalityCode", districtId: "district", policeAreaId: "policeArea" } as const;
  return issues.map((issue) => ({ field: fields[issue.field], message: issue.message }));
}

import { messages } from "@/lib/i18n";
import { municipalities as countyMunicipalities, STOCKHOLM_CITY } from "./reference-data";
import { isValidOn } from "./validity";

// What a point says about its place: the municipality, in Stockholm city the district area, and
// the LPO, from the boundaries that contain it (found by lib/areas/point-lookup.ts) and the
// reference data's coverage on a day. Pure, so that the form's lookup, the scene and assessment
// saves and the bulk import derive and compare the same way.
//
// The boundaries are simplified (SCB's municipalities are a few hundred metres off at the coast,
// the stadsdelar have their water removed), so the rules lean towards accepting:
// - a point in no municipality says nothing about the municipality (the stated one stands);
// - a point in two (an overlap of simplified borders) accepts either;
// - a point in a stadsdel or district area of Stockholm city accepts Stockholm too;
// - the district is the stadsdel's, or any district area containing the point;
// - the LPO is the one covering that municipality (district) on the day; where two cover it (a
//   split district area), the stadsdel's LPO decides, and without a stadsdel either is accepted.

export type Named = { id: string; name: string };
export type LocatedMunicipality = { code: string; name: string };
export type LocatedCityPart = { name: string; district: Named; policeAreaId: string; policeAreaBefore2025Id: string | null };
export type CoverageOption = {
  policeArea: Named;
  municipalityCode: string;
  districtId: string | null;
  validFrom: string | null;
  validTo: string | null;
};

/** The boundaries containing a point, and the coverages that could attribute it. */
export type LocatedPoint = {
  municipalities: LocatedMunicipality[];
  cityPart: LocatedCityPart | null;
  districts: Named[];
  coverages: CoverageOption[];
};

/** What the point says; empty lists where it says nothing. */
export type ExpectedPlace = {
  municipalities: LocatedMunicipality[];
  districts: Named[];
  policeAreas: Named[];
  /** The most precise name of where the point lies (a stadsdel, a district area, a municipality). */
  where: string | null;
};

/** The LPO before the split of LPO Norrmalm on 2025-01-01, where the stadsdel's differed. */
const LPO_SPLIT_DAY = "2025-01-01";

function cityPartPoliceArea(part: LocatedCityPart, day: string): string {
  return day < LPO_SPLIT_DAY && part.policeAreaBefore2025Id ? part.policeAreaBefore2025Id : part.policeAreaId;
}

function acceptedMunicipalities(point: LocatedPoint): LocatedMunicipality[] {
  const inCity = point.cityPart !== null || point.districts.length > 0;
  if (!inCity || point.municipalities.some((m) => m.code === STOCKHOLM_CITY)) return point.municipalities;
  const city = countyMunicipalities.find((m) => m.code === STOCKHOLM_CITY)!;
  return [...point.municipalities, { code: city.code, name: city.name }];
}

function acceptedDistricts(point: LocatedPoint): Named[] {
  const found = point.cityPart ? [point.cityPart.district, ...point.districts] : point.districts;
  return found.filter((d, i) => found.findIndex((e) => e.id === d.id) === i);
}

function candidatePoliceAreas(point: LocatedPoint, municipalityCode: string, districtId: string | null, day: string): Named[] {
  const covering = point.coverages.filter(
    (c) => c.municipalityCode === municipalityCode && c.districtId === districtId && isValidOn(c, day),
  );
  const areas = covering.map((c) => c.policeArea).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
  if (areas.length < 2 || !point.cityPart || point.cityPart.district.id !== districtId) return areas;
  const decided = cityPartPoliceArea(point.cityPart, day);
  return areas.some((a) => a.id === decided) ? areas.filter((a) => a.id === decided) : areas;
}

/**
 * What the point says on the day. `stated` is the place as given, used only to choose among what
 * the point accepts (a point in two municipalities is judged in the stated one when that is one).
 */
export function expectPlace(
  point: LocatedPoint,
  day: string,
  stated?: { municipalityCode?: string; districtId?: string | null },
): ExpectedPlace {
  const municipalities = acceptedMunicipalities(point);
  const chosen = municipalities.find((m) => m.code === stated?.municipalityCode) ?? municipalities[0];
  const place: ExpectedPlace = { municipalities, districts: [], policeAreas: [], where: point.cityPart?.name ?? chosen?.name ?? null };
  if (!chosen) return place;
  if (chosen.code !== STOCKHOLM_CITY) return { ...place, policeAreas: candidatePoliceAreas(point, chosen.code, null, day) };
  const districts = acceptedDistricts(point);
  const district = districts.find((d) => d.id === stated?.districtId) ?? districts[0];
  if (!district) return { ...place, districts };
  return {
    ...place,
    districts,
    policeAreas: candidatePoliceAreas(point, STOCKHOLM_CITY, district.id, day),
    where: point.cityPart?.name ?? district.name,
  };
}

export type StatedPlace = {
  municipality: LocatedMunicipality;
  district: Named | null;
  policeArea: Named;
};
export type PointIssue = { field: "municipalityCode" | "districtId" | "policeAreaId"; message: string };

const t = messages.places.attribution;

/**
 * Where the stated place disagrees with the point, at the field to correct. A wrong municipality
 * is the one issue reported: the district and LPO follow from it.
 */
export function comparePlace(expected: ExpectedPlace, stated: StatedPlace): PointIssue[] {
  const [municipality] = expected.municipalities;
  if (municipality && !expected.municipalities.some((m) => m.code === stated.municipality.code)) {
    return [{ field: "municipalityCode", message: t.municipalityMismatch(municipality.name, municipality.code, stated.municipality.name) }];
  }
  const issues: PointIssue[] = [];
  const [district] = expected.districts;
  if (district && stated.district && !expected.districts.some((d) => d.id === stated.district!.id)) {
    issues.push({ field: "districtId", message: t.districtMismatch(district.name, stated.district.name) });
    return issues;
  }
  const [policeArea] = expected.policeAreas;
  if (policeArea && !expected.policeAreas.some((a) => a.id === stated.policeArea.id)) {
    issues.push({ field: "policeAreaId", message: t.policeAreaMismatch(policeArea.name, expected.where ?? "", stated.policeArea.name) });
  }
  return issues;
}

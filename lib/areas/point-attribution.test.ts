import { describe, expect, it } from "vitest";
import { comparePlace, expectPlace, type LocatedPoint } from "./point-attribution";
import { locateIn, type BoundaryRows } from "./point-index";

// Synthetic squares stand in for the boundaries: a municipality "0117" east, Stockholm "0180"
// west with two district areas, one of them split between two LPOs by its stadsdelar.

const square = (lng: number, lat: number, size = 0.1): GeoJSON.Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});
const shape = (lng: number, lat: number, size = 0.1) => ({
  geometry: square(lng, lat, size),
  minLng: lng,
  minLat: lat,
  maxLng: lng + size,
  maxLat: lat + size,
});

const lpo = {
  roslagen: { id: "lpo-r", name: "Södra Roslagen" },
  jarva: { id: "lpo-j", name: "Järva" },
  farsta: { id: "lpo-f", name: "Farsta" },
  globen: { id: "lpo-g", name: "Globen" },
  norrmalm: { id: "lpo-n", name: "Norrmalm" },
};
const district = { jarva: { id: "d-j", name: "Järva" }, eav: { id: "d-e", name: "Enskede-Årsta-Vantör" } };
const cover = (
  policeArea: { id: string; name: string },
  municipalityCode: string,
  districtId: string | null,
  validTo: string | null = null,
) => ({
  policeArea,
  municipalityCode,
  districtId,
  validFrom: null,
  validTo,
});

const rows: BoundaryRows = {
  municipalities: [
    { code: "0117", name: "Österåker", ...shape(18.2, 59.4) },
    { code: "0180", name: "Stockholm", ...shape(17.9, 59.2, 0.3) },
  ],
  cityParts: [
    { name: "Husby", district: district.jarva, policeAreaId: "lpo-j", policeAreaBefore2025Id: null, ...shape(17.9, 59.4) },
    { name: "Högdalen", district: district.eav, policeAreaId: "lpo-f", policeAreaBefore2025Id: null, ...shape(18.0, 59.2, 0.05) },
    { name: "Årsta", district: district.eav, policeAreaId: "lpo-g", policeAreaBefore2025Id: "lpo-n", ...shape(18.05, 59.2, 0.05) },
  ],
  districts: [
    { district: district.jarva, ...shape(17.9, 59.4) },
    { district: district.eav, ...shape(18.0, 59.2) },
  ],
  coverages: [
    cover(lpo.roslagen, "0117", null),
    cover(lpo.jarva, "0180", "d-j"),
    cover(lpo.farsta, "0180", "d-e"),
    cover(lpo.globen, "0180", "d-e"),
    cover(lpo.norrmalm, "0180", "d-e", "2024-12-31"),
  ],
};

const today = "2026-12-01";
const at = (lng: number, lat: number) => locateIn(rows, { lat, lng });

describe("locateIn", () => {
  it("finds the municipality, the stadsdel and its district, with the coverages of what it found", () => {
    const located = at(17.95, 59.45);
    expect(located.municipalities).toEqual([{ code: "0180", name: "Stockholm" }]);
    expect(located.cityPart?.name).toBe("Husby");
    expect(located.districts).toEqual([district.jarva]);
    expect(located.coverages.every((c) => c.municipalityCode === "0180")).toBe(true);
  });

  it("finds nothing outside every box, and ignores a row whose geometry is no polygon", () => {
    expect(at(10, 50)).toEqual({ municipalities: [], cityPart: null, districts: [], coverages: [] });
    const broken = { ...rows, municipalities: [{ ...rows.municipalities[0]!, geometry: { type: "Point", coordinates: [18.25, 59.45] } }] };
    expect(locateIn(broken, { lat: 59.45, lng: 18.25 }).municipalities).toEqual([]);
  });
});

describe("expectPlace", () => {
  it("gives a whole municipality's LPO", () => {
    expect(expectPlace(at(18.25, 59.45), today)).toMatchObject({
      municipalities: [{ code: "0117" }],
      districts: [],
      policeAreas: [lpo.roslagen],
      where: "Österåker",
    });
  });

  it("decides a split district area's LPO by the stadsdel, on the day", () => {
    expect(expectPlace(at(18.02, 59.22), today)).toMatchObject({ districts: [district.eav], policeAreas: [lpo.farsta], where: "Högdalen" });
    expect(expectPlace(at(18.07, 59.22), today).policeAreas).toEqual([lpo.globen]);
    expect(expectPlace(at(18.07, 59.22), "2024-06-01").policeAreas).toEqual([lpo.norrmalm]);
  });

  it("accepts either LPO of a split district area where the point lies in no stadsdel", () => {
    expect(expectPlace(at(18.02, 59.28), today)).toMatchObject({ districts: [district.eav], policeAreas: [lpo.farsta, lpo.globen] });
  });

  it("says nothing where the point lies in no boundary", () => {
    expect(expectPlace(at(10, 50), today)).toEqual({ municipalities: [], districts: [], policeAreas: [], where: null });
  });

  it("takes Stockholm for a point in a stadsdel outside every municipality (simplified borders)", () => {
    const located: LocatedPoint = { ...at(17.95, 59.45), municipalities: [] };
    expect(expectPlace(located, today).municipalities).toEqual([{ code: "0180", name: "Stockholm" }]);
  });
});

describe("comparePlace", () => {
  const stockholmJarva = {
    municipality: { code: "0180", name: "Stockholm" },
    district: district.jarva,
    policeArea: lpo.jarva,
  };

  it("names where the point lies when the municipality is wrong, and nothing else", () => {
    expect(comparePlace(expectPlace(at(18.25, 59.45), today), stockholmJarva)).toEqual([
      { field: "municipalityCode", message: "Punkten ligger i Österåker (0117), inte i Stockholm." },
    ]);
  });

  it("refuses a district area or an LPO the point is not in", () => {
    const hogdalen = expectPlace(at(18.02, 59.22), today);
    expect(comparePlace(hogdalen, stockholmJarva)).toEqual([
      { field: "districtId", message: "Punkten ligger i stadsdelsområdet Enskede-Årsta-Vantör, inte i Järva." },
    ]);
    expect(comparePlace(hogdalen, { ...stockholmJarva, district: district.eav, policeArea: lpo.globen })).toEqual([
      { field: "policeAreaId", message: "Punkten ligger i Högdalen, som hör till lokalpolisområde Farsta, inte Globen." },
    ]);
    expect(comparePlace(hogdalen, { ...stockholmJarva, district: district.eav, policeArea: lpo.farsta })).toEqual([]);
  });

  it("accepts anything where the point says nothing", () => {
    expect(comparePlace(expectPlace(at(10, 50), today), stockholmJarva)).toEqual([]);
  });
});

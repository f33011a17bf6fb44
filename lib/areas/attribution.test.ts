import { describe, expect, it } from "vitest";
import { checkPlaceAttribution, formWording, type AttributionFacts, type AttributionWording, type PlaceKeys } from "./attribution";

const facts: AttributionFacts = {
  municipalities: new Map([
    ["0180", { name: "Stockholm" }],
    ["0123", { name: "Järfälla" }],
    ["0183", { name: "Sundbyberg" }],
  ]),
  policeAreas: new Map([
    ["lpo-jv", { name: "Järva" }],
    ["lpo-jf", { name: "Järfälla" }],
    ["lpo-so", { name: "Solna" }],
  ]),
  districts: new Map([
    ["d-jv", { name: "Järva", municipalityCode: "0180" }],
    ["d-elsewhere", { name: "Annanstans", municipalityCode: "0181" }],
  ]),
  coverages: [
    { policeArea: "lpo-jv", municipalityCode: "0180", district: "d-jv", validFrom: "2023-07-01", validTo: null },
    { policeArea: "lpo-jf", municipalityCode: "0123", district: null, validFrom: null, validTo: null },
    { policeArea: "lpo-so", municipalityCode: "0183", district: null, validFrom: null, validTo: null },
  ],
};

const jarva: PlaceKeys = { municipalityCode: "0180", policeArea: "lpo-jv", district: "d-jv" };
const check = (place: Partial<PlaceKeys>, day: string | null = "2024-12-31") =>
  checkPlaceAttribution(facts, { ...jarva, ...place }, day, formWording);

/** A file's wording, which names what it was given and the day. */
const fileWording: AttributionWording = {
  unknownMunicipality: (code) => `kommun ${code}?`,
  unknownPoliceArea: (key) => `lpo ${key}?`,
  unknownDistrict: (key) => `sdo ${key}?`,
  districtRequired: "sdo krävs",
  districtOnlyStockholm: "sdo bara i 0180",
  notCovering: (area, place, day) => `${area} / ${place} / ${day}`,
};

describe("checkPlaceAttribution", () => {
  it("accepts a place its LPO covered on the day", () => {
    expect(check({})).toEqual([]);
    expect(check({ municipalityCode: "0183", policeArea: "lpo-so", district: null }, "2019-12-31")).toEqual([]);
  });

  it("refuses an LPO on a day it did not cover the place, in the caller's words", () => {
    expect(check({}, "2022-12-31")).toEqual([
      {
        field: "policeArea",
        kind: "coverage",
        message: "Lokalpolisområde Järva omfattar inte stadsdelsområde Järva. Välj det lokalpolisområde som ansvarar för platsen.",
      },
    ]);
    const place = { municipalityCode: "0123", policeArea: "lpo-so", district: null };
    expect(checkPlaceAttribution(facts, place, "2024-12-31", fileWording)).toEqual([
      { field: "policeArea", kind: "coverage", message: "Solna / Järfälla kommun / 2024-12-31" },
    ]);
  });

  it("leaves the coverage alone without a day", () => {
    expect(check({ policeArea: "lpo-so" }, null)).toEqual([]);
  });

  it("applies the district rule both ways", () => {
    expect(check({ district: null })).toEqual([{ field: "district", kind: "rule", message: formWording.districtRequired }]);
    expect(check({ municipalityCode: "0183", policeArea: "lpo-so" })).toEqual([
      { field: "district", kind: "rule", message: formWording.districtOnlyStockholm },
    ]);
  });

  it("reports unknown keys as given, and the district rule only for a known municipality", () => {
    const unknown = { municipalityCode: "0999", policeArea: "Okänt", district: "Atlantis" };
    expect(checkPlaceAttribution(facts, unknown, "2024-12-31", fileWording).map((i) => [i.field, i.message])).toEqual([
      ["municipalityCode", "kommun 0999?"],
      ["policeArea", "lpo Okänt?"],
      ["district", "sdo Atlantis?"],
    ]);
    const inJarfalla = { municipalityCode: "0123", policeArea: "lpo-jf", district: "Atlantis" };
    expect(checkPlaceAttribution(facts, inJarfalla, "2024-12-31", fileWording).map((i) => [i.kind, i.message])).toEqual([
      ["unknown", "sdo Atlantis?"],
      ["rule", "sdo bara i 0180"],
    ]);
  });

  it("refuses a district of another municipality", () => {
    expect(check({ district: "d-elsewhere" })).toEqual([{ field: "district", kind: "unknown", message: formWording.unknownDistrict("") }]);
  });
});

import { describe, expect, it } from "vitest";
import { interventionFiltersSchema } from "@/lib/interventions/schemas";
import { sceneFiltersSchema } from "@/lib/scenes/schemas";
import { currentYear, plannedYears } from "@/lib/years";
import { buildHref } from "./href";
import { fromYearQuery, parseYear, toYearQuery, YEAR_PARAM } from "./year";

describe("parseYear", () => {
  it("reads four digits naming a followed year", () => {
    expect(parseYear("2010")).toBe(2010);
    expect(parseYear("2024")).toBe(2024);
    expect(parseYear(String(currentYear()))).toBe(currentYear());
  });

  it("refuses anything else, without throwing", () => {
    for (const value of ["", "24", "20x4", "2024.5", "2024.0", " 2024", "2024 ", "+2024", "1e3", "99999999999", "abcd"]) {
      expect(parseYear(value), JSON.stringify(value)).toBeNull();
    }
    expect(parseYear(undefined)).toBeNull();
    expect(parseYear(null)).toBeNull();
    expect(parseYear(["2024", "2023"])).toBeNull();
  });

  it("keeps to the range: the followed years by default, or the one given", () => {
    expect(parseYear("2009")).toBeNull();
    expect(parseYear(String(currentYear() + 1))).toBeNull();
    expect(parseYear(String(currentYear() + 1), plannedYears)).toBe(currentYear() + 1);
    expect(parseYear(String(currentYear() + 2), plannedYears)).toBeNull();
  });
});

describe("the year in the filters' query strings", () => {
  it("is named ar in the URL and year in code", () => {
    expect(YEAR_PARAM).toBe("ar");
    expect(sceneFiltersSchema.parse({ ar: "2024" }).year).toBe(2024);
    expect(sceneFiltersSchema.parse({ year: "2024" }).year).toBeUndefined();
    expect(interventionFiltersSchema.parse({ ar: String(currentYear() + 1) }).year).toBe(currentYear() + 1);
  });

  it("drops a year it cannot read, as every unknown filter value", () => {
    for (const ar of ["abc", "2009", "99999999999", ["2024", "2023"]]) {
      expect(sceneFiltersSchema.parse({ ar, page: "2" })).toEqual({ sort: "ref", dir: "asc", page: 2 });
    }
  });

  it("travels back into links under the same name", () => {
    const filters = sceneFiltersSchema.parse({ ar: "2024", municipality: "0180" });
    expect(buildHref("/platser", toYearQuery({ ...filters, page: 2 }))).toBe("/platser?municipality=0180&sort=ref&dir=asc&page=2&ar=2024");
    expect(fromYearQuery({ ar: 2024, page: 1 })).toEqual({ year: 2024, page: 1 });
    expect(fromYearQuery<{ ar?: number; page: number }>({ page: 1 })).toEqual({ page: 1 });
  });
});

import { describe, expect, it } from "vitest";
import { currentYear, FIRST_YEAR, followedYearSchema, isYearWithin, listYears, plannedYears } from "./years";

describe("the register's years", () => {
  it("run from 2010 to this year; interventions reach one ahead", () => {
    expect(FIRST_YEAR).toBe(2010);
    expect(listYears()).toEqual(Array.from({ length: currentYear() - 2009 }, (_, i) => currentYear() - i));
    expect(listYears(plannedYears())[0]).toBe(currentYear() + 1);
    expect(listYears({ first: 2022, last: 2024 })).toEqual([2024, 2023, 2022]);
    expect([isYearWithin(2010), isYearWithin(2009), isYearWithin(2024.5), isYearWithin(currentYear() + 1)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("followedYearSchema", () => {
  const message = `Ange ett år mellan 2010 och ${currentYear()}.`;

  it("reads a year as a form posts it or a file holds it", () => {
    expect(followedYearSchema.parse("2024")).toBe(2024);
    expect(followedYearSchema.parse(" 2023 ")).toBe(2023);
    expect(followedYearSchema.parse(2010)).toBe(2010);
  });

  it("refuses anything else with the range in the message", () => {
    for (const value of ["2009", String(currentYear() + 1), "20x4", "", "2024.0", undefined, 2024.5]) {
      const result = followedYearSchema.safeParse(value);
      expect(result.success, String(value)).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { intersectValidity, isValidInYear, isValidOn } from "./validity";

describe("intersectValidity", () => {
  it("takes the latest start and the earliest end", () => {
    expect(intersectValidity({ validFrom: "2023-07-01" }, { validTo: "2024-12-31" })).toEqual({
      validFrom: "2023-07-01",
      validTo: "2024-12-31",
    });
  });

  it("is open-ended where every period is", () => {
    expect(intersectValidity({}, {})).toEqual({ validFrom: null, validTo: null });
  });

  it("is null for periods that never overlap (Norrmalm LPO and the 2025 LPOs)", () => {
    expect(intersectValidity({ validTo: "2024-12-31" }, { validFrom: "2025-01-01" })).toBeNull();
  });
});

describe("isValidOn", () => {
  const norrmalm = { validTo: "2024-12-31" };
  it("includes both bounds", () => {
    expect(isValidOn(norrmalm, "2024-12-31")).toBe(true);
    expect(isValidOn({ validFrom: "2025-01-01" }, "2025-01-01")).toBe(true);
  });
  it("excludes days outside the period", () => {
    expect(isValidOn(norrmalm, "2025-01-01")).toBe(false);
    expect(isValidOn({ validFrom: "2023-07-01" }, "2023-06-30")).toBe(false);
  });
});

describe("isValidInYear", () => {
  it("counts a district that existed for part of the year", () => {
    expect(isValidInYear({ validTo: "2023-06-30" }, 2023)).toBe(true);
    expect(isValidInYear({ validTo: "2023-06-30" }, 2024)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compareBeforeAfter } from "./before-after";

const values = [
  { year: 2021, indicator: "violent_crimes", value: 10 },
  { year: 2022, indicator: "violent_crimes", value: 14 },
  { year: 2023, indicator: "violent_crimes", value: 50 }, // the start year: left out
  { year: 2024, indicator: "violent_crimes", value: 8 },
  { year: 2025, indicator: "violent_crimes", value: 6 },
  { year: 2022, indicator: "unsafe_share", value: 0.4 },
  { year: 2024, indicator: "unsafe_share", value: 0.25 },
];

describe("compareBeforeAfter", () => {
  it("takes the mean of the two years before and the two years after the start year", () => {
    const [violent] = compareBeforeAfter(values, 2023);
    expect(violent).toEqual({ indicator: "violent_crimes", before: 12, after: 7, beforeYears: [2021, 2022], afterYears: [2024, 2025] });
  });

  it("uses the years that have values, and null where none has", () => {
    const comparison = compareBeforeAfter(values, 2023);
    expect(comparison.find((c) => c.indicator === "unsafe_share")).toMatchObject({ before: 0.4, after: 0.25 });
    expect(comparison.find((c) => c.indicator === "detected_crimes")).toMatchObject({ before: null, after: null });
  });
});

import { describe, expect, it } from "vitest";
import { countDaysLeft, countNotYetAssessed, findLatestCompleteYear, isYearComplete } from "./progress";

describe("a year's progress", () => {
  it("is complete when every active scene is assessed, or when the round is closed", () => {
    expect(isYearComplete({ active: 8, assessed: 8, closed: false })).toBe(true);
    expect(isYearComplete({ active: 8, assessed: 5, closed: false })).toBe(false);
    expect(isYearComplete({ active: 8, assessed: 5, closed: true })).toBe(true);
  });

  it("counts the scenes not yet assessed", () => {
    expect(countNotYetAssessed({ active: 8, assessed: 5, closed: false })).toBe(3);
    expect(countNotYetAssessed({ active: 8, assessed: 5, closed: true })).toBe(3);
    expect(countNotYetAssessed({ active: 0, assessed: 0, closed: false })).toBe(0);
  });

  it("opens the dashboard on the latest complete year that has data", () => {
    const years = [
      { year: 2020, active: 0, assessed: 0, closed: false, hasData: false },
      { year: 2024, active: 6, assessed: 6, closed: false, hasData: true },
      { year: 2025, active: 8, assessed: 8, closed: false, hasData: true },
      { year: 2026, active: 8, assessed: 5, closed: false, hasData: true },
    ];
    expect(findLatestCompleteYear(years)).toBe(2025);
    expect(findLatestCompleteYear(years.map((y) => (y.year === 2026 ? { ...y, closed: true } : y)))).toBe(2026);
    expect(findLatestCompleteYear(years.slice(0, 1))).toBeNull();
  });

  it("counts the days to the deadline in calendar days", () => {
    expect(countDaysLeft("2026-12-15", "2026-12-01")).toBe(14);
    expect(countDaysLeft("2026-12-15", "2026-12-15")).toBe(0);
    expect(countDaysLeft("2026-12-15", "2026-12-16")).toBe(-1);
    // Across the change from summer time: still whole days.
    expect(countDaysLeft("2026-11-01", "2026-10-20")).toBe(12);
  });
});

import { describe, expect, it } from "vitest";
import { judgeSeries } from "./series";

describe("the series against the goal", () => {
  it("judges each year against the one before it, and not a preliminary or a first year", () => {
    const judged = judgeSeries([
      { year: 2023, scenes: 6, preliminary: false },
      { year: 2024, scenes: 7, preliminary: false },
      { year: 2025, scenes: 5, preliminary: false },
      { year: 2026, scenes: 2, preliminary: true },
    ]);
    expect(judged.map((p) => [p.year, p.previous, p.verdict])).toEqual([
      [2023, null, "first"],
      [2024, 6, "off-track"],
      [2025, 7, "on-track"],
      [2026, 5, "preliminary"],
    ]);
  });

  it("does not compare across a year without data", () => {
    const judged = judgeSeries([
      { year: 2021, scenes: 4, preliminary: false },
      { year: 2023, scenes: 3, preliminary: false },
    ]);
    expect(judged[1]).toMatchObject({ previous: null, verdict: "first" });
  });
});

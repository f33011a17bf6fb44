import { describe, expect, it } from "vitest";
import { compareAreas, excerpt, formatAreaChange } from "./review";

describe("excerpt", () => {
  it("keeps a short text whole, with its whitespace made single", () => {
    expect(excerpt("Beskriv  samverkan\nmed fastighetsägaren.")).toBe("Beskriv samverkan med fastighetsägaren.");
  });

  it("cuts a long text at a word boundary within the limit and marks the cut", () => {
    const text = "Beskriv samverkan med fastighetsägaren tydligare, och kontrollera utbredningen mot torget.";
    const cut = excerpt(text, 50);
    expect(cut).toBe("Beskriv samverkan med fastighetsägaren tydligare…");
    expect(cut.length).toBeLessThanOrEqual(50);
  });

  it("cuts a single long word rather than dropping it", () => {
    expect(excerpt("x".repeat(300), 120)).toBe(`${"x".repeat(119)}…`);
  });
});

describe("compareAreas and formatAreaChange", () => {
  it("gives the change in square metres and in per cent of the previous area", () => {
    const change = compareAreas({ year: 2026, areaM2: 7676.4 }, { year: 2025, areaM2: 7310 });
    expect(change).toEqual({ m2: 366, percent: 366 / 7310 });
    expect(formatAreaChange(change!)).toBe("+366 m² (+5\u00a0%)");
    expect(formatAreaChange({ m2: -1200, percent: -0.125 })).toBe("−1\u00a0200 m² (−12,5\u00a0%)");
    expect(formatAreaChange({ m2: 0, percent: 0 })).toBe("oförändrad");
  });

  it("has no change to give when either year lacks an extent or there is no previous year", () => {
    expect(compareAreas({ year: 2026, areaM2: 100 }, null)).toBeNull();
    expect(compareAreas({ year: 2026, areaM2: null }, { year: 2025, areaM2: 100 })).toBeNull();
    expect(compareAreas({ year: 2026, areaM2: 100 }, { year: 2025, areaM2: null })).toBeNull();
    expect(compareAreas({ year: 2026, areaM2: 100 }, { year: 2025, areaM2: 0 })).toEqual({ m2: 100, percent: null });
  });
});

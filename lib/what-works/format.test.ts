import { describe, expect, it } from "vitest";
import { formatChange, formatLevel, formatShare } from "./format";

describe("what works figures in Swedish", () => {
  it("writes counts with one decimal and shares as percent", () => {
    expect(formatLevel("violent_crimes", 4.25)).toBe("4,3");
    expect(formatLevel("unsafe_share", 0.167)).toBe("16,7\u00a0%");
    expect(formatLevel("detected_crimes", null)).toBe("—");
  });

  it("signs changes, and writes a share's change in percentage points", () => {
    expect(formatChange("violent_crimes", -6, "procentenheter")).toBe("−6");
    expect(formatChange("violent_crimes", 0, "procentenheter")).toBe("0");
    expect(formatChange("police_actions", 0.167, "procentenheter")).toBe("+16,7 procentenheter");
    expect(formatChange("unsafe_share", null, "procentenheter")).toBe("—");
    expect(formatShare(0.2)).toBe("20\u00a0%");
  });
});

import { describe, expect, it } from "vitest";
import { formatIndicatorValue, toIndicatorInput } from "./format";

// Intl writes non-breaking spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatIndicatorValue", () => {
  it("writes counts with Swedish digit grouping and shares as percent", () => {
    expect(plain(formatIndicatorValue("violent_crimes", 1234))).toBe("1 234");
    expect(plain(formatIndicatorValue("detected_crimes", 7))).toBe("7");
    expect(plain(formatIndicatorValue("unsafe_share", 0.42))).toBe("42 %");
    expect(plain(formatIndicatorValue("unsafe_share", 0.3125))).toBe("31,3 %");
  });
});

describe("toIndicatorInput", () => {
  it("writes a decimal comma", () => {
    expect(toIndicatorInput(0.42)).toBe("0,42");
    expect(toIndicatorInput(12)).toBe("12");
  });
});

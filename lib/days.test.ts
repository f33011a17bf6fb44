import { describe, expect, it } from "vitest";
import { isIsoDay, toIsoDay, toIsoDayOrNull } from "./days";

describe("isIsoDay", () => {
  it("accepts real days only", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("2026-2-3")).toBe(false);
    expect(isIsoDay("idag")).toBe(false);
  });
});

describe("toIsoDay", () => {
  it("writes a stored day as its UTC date", () => {
    expect(toIsoDay(new Date("2024-01-15T00:00:00Z"))).toBe("2024-01-15");
    expect(toIsoDay(new Date("2024-12-31T23:59:59Z"))).toBe("2024-12-31");
    expect([toIsoDayOrNull(null), toIsoDayOrNull(new Date("2023-06-01T00:00:00Z"))]).toEqual([null, "2023-06-01"]);
  });
});

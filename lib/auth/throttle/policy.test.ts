import { describe, expect, it } from "vitest";
import { delaySeconds, secondsLeft, THROTTLE_WINDOW_MS } from "./policy";

describe("delaySeconds", () => {
  it("lets five failures of one account from one address pass, then doubles up to a quarter", () => {
    expect([4, 5, 6, 7, 10, 30].map((n) => delaySeconds("pair", n))).toEqual([0, 1, 2, 4, 32, 900]);
  });
  it("slows an account tried from new addresses only after many failures", () => {
    expect(delaySeconds("account", 30)).toBe(0);
    expect(delaySeconds("account", 52)).toBe(4);
  });
});

describe("secondsLeft", () => {
  const first = new Date("2026-11-30T10:00:00Z");
  it("counts from the last failure", () => {
    const counter = { failures: 8, firstFailureAt: first, lastFailureAt: new Date("2026-11-30T10:01:00Z") };
    expect(secondsLeft("pair", counter, new Date("2026-11-30T10:01:03Z"))).toBe(5);
    expect(secondsLeft("pair", counter, new Date("2026-11-30T10:01:08Z"))).toBe(0);
  });
  it("forgets a counter once its window has passed", () => {
    const counter = { failures: 40, firstFailureAt: first, lastFailureAt: first };
    expect(secondsLeft("pair", counter, new Date(first.getTime() + THROTTLE_WINDOW_MS))).toBe(0);
  });
});

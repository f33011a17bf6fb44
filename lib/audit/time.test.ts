import { describe, expect, it } from "vitest";
import { formatStockholmTime, stockholmDayStart } from "./time";

describe("stockholmDayStart", () => {
  it("is 23:00 UTC the day before in winter and 22:00 in summer", () => {
    expect(stockholmDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(stockholmDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("follows the clock change: the day after a DST day starts at the new offset", () => {
    // 2026-03-29 is the spring change, 2026-10-25 the autumn change.
    expect(stockholmDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(stockholmDayStart("2026-03-29", 1).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(stockholmDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(stockholmDayStart("2026-10-25", 1).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("rolls over month and year ends", () => {
    expect(stockholmDayStart("2026-12-31", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});

describe("formatStockholmTime", () => {
  it("shows Swedish wall-clock time to the minute", () => {
    expect(formatStockholmTime(new Date("2026-11-27T12:05:30Z"))).toBe("2026-11-27 13:05");
    expect(formatStockholmTime(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01 00:30");
  });
});

import { describe, expect, it } from "vitest";
import { goalStatus, isOnTrack, judgeGoal, roundArea, share, withChange } from "./derive";

describe("derived figures", () => {
  it("gives shares to three decimals, and null with nothing to divide", () => {
    expect(share(51, 53)).toBe(0.962);
    expect(share(53, 53)).toBe(1);
    expect(share(0, 0)).toBeNull();
  });

  it("is on track only with fewer scenes than the year before", () => {
    expect(isOnTrack(53, 63)).toBe(true);
    expect(isOnTrack(63, 63)).toBe(false);
    expect(isOnTrack(0, 0)).toBe(false);
  });

  it("computes the change of an area", () => {
    expect(withChange({ name: "Järva", scenes: 5, previousYear: 6 })).toEqual({ name: "Järva", scenes: 5, previousYear: 6, change: -1 });
  });

  it("follows the goal only for areas that had scenes the year before", () => {
    expect(goalStatus({ scenes: 0, previousYear: 0 })).toBe("not-applicable");
    expect(goalStatus({ scenes: 2, previousYear: 0 })).toBe("not-applicable");
    expect(goalStatus({ scenes: 1, previousYear: 2 })).toBe("on-track");
    expect(goalStatus({ scenes: 2, previousYear: 2 })).toBe("off-track");
  });

  it("gives no area a verdict while the year is not complete", () => {
    expect(goalStatus({ scenes: 1, previousYear: 2 }, false)).toBe("pending");
    expect(goalStatus({ scenes: 2, previousYear: 0 }, false)).toBe("not-applicable");
  });

  it("judges the county's goal only for a complete year with a year before it", () => {
    const year = { scenes: 5, previousYear: 8, complete: true, hasPreviousYear: true };
    expect(judgeGoal(year)).toBe(true);
    expect(judgeGoal({ ...year, scenes: 8 })).toBe(false);
    expect(judgeGoal({ ...year, complete: false })).toBeNull();
    // The first year with data: "+6 jämfört med 2020" would compare with a year nobody mapped.
    expect(judgeGoal({ ...year, previousYear: 0, hasPreviousYear: false })).toBeNull();
  });

  it("rounds areas to a tenth of a square metre", () => {
    expect(roundArea(123456.789)).toBe(123456.8);
  });
});

import { describe, expect, it } from "vitest";
import { buildDigests, isReminderDue } from "./reminders";

describe("isReminderDue", () => {
  const round = { deadline: "2026-12-15", closed: false };

  it("from the set number of days before the deadline through the deadline itself", () => {
    expect(isReminderDue(round, "2026-12-07", 7)).toBe(false);
    expect(isReminderDue(round, "2026-12-08", 7)).toBe(true);
    expect(isReminderDue(round, "2026-12-15", 7)).toBe(true);
    expect(isReminderDue(round, "2026-12-16", 7)).toBe(false);
  });

  it("across a month and a year", () => {
    expect(isReminderDue({ deadline: "2027-01-03", closed: false }, "2026-12-30", 7)).toBe(true);
  });

  it("never for a closed round", () => {
    expect(isReminderDue({ ...round, closed: true }, "2026-12-14", 7)).toBe(false);
  });
});

describe("buildDigests", () => {
  it("one digest per person, the nearest deadline first, leaving out what has nothing left", () => {
    const digests = buildDigests([
      { userId: "a", year: 2026, deadline: "2026-12-15", count: 3, task: "assess" },
      { userId: "b", year: 2026, deadline: "2026-12-15", count: 1, task: "cosign" },
      { userId: "a", year: 2025, deadline: "2026-12-10", count: 1, task: "assess" },
      { userId: "c", year: 2026, deadline: "2026-12-15", count: 0, task: "assess" },
    ]);
    expect([...digests.keys()]).toEqual(["a", "b"]);
    expect(digests.get("a")).toEqual([
      { year: 2025, deadline: "2026-12-10", count: 1, task: "assess" },
      { year: 2026, deadline: "2026-12-15", count: 3, task: "assess" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { diffSnapshots, isEqualJson } from "./diff";

const polygon = (x: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, 59],
      [x + 1, 59],
      [x + 1, 60],
      [x, 59],
    ],
  ],
});

describe("diffSnapshots", () => {
  it("lists only the top-level fields that differ, in the snapshot's order", () => {
    const before = { name: "Torget", status: "ACTIVE", lastYear: null, policeAreaIds: ["a", "b"], extent: polygon(17) };
    const after = { name: "Torget", status: "CLOSED", lastYear: 2026, policeAreaIds: ["a", "b"], extent: polygon(17) };
    expect(diffSnapshots(before, after)).toEqual([
      { key: "status", before: "ACTIVE", after: "CLOSED" },
      { key: "lastYear", before: null, after: 2026 },
    ]);
  });

  it("compares objects and arrays by value, not by identity or key order", () => {
    expect(
      diffSnapshots({ extent: polygon(17), ids: ["a"] }, { extent: JSON.parse(JSON.stringify(polygon(17))) as unknown, ids: ["a"] }),
    ).toEqual([]);
    expect(diffSnapshots({ extent: polygon(17) }, { extent: polygon(18) })).toEqual([
      { key: "extent", before: polygon(17), after: polygon(18) },
    ]);
    expect(diffSnapshots({ ids: ["a", "b"] }, { ids: ["b", "a"] })).toHaveLength(1);
    expect(isEqualJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });

  it("reads answers one level deeper: one change per answer code", () => {
    const before = { status: "DRAFT", answers: { q1: "ja", q2: ["heroin"], q3: 4 } };
    const after = { status: "DRAFT", answers: { q1: "ja", q2: ["heroin", "kokain"], q4: "nej" } };
    expect(diffSnapshots(before, after)).toEqual([
      { key: "answers.q2", before: ["heroin"], after: ["heroin", "kokain"] },
      { key: "answers.q4", before: undefined, after: "nej" },
      { key: "answers.q3", before: 4, after: undefined },
    ]);
  });

  it("lists every field of a creation, and nothing for an event without snapshots", () => {
    expect(diffSnapshots(null, { email: "a@b.se", disabled: false })).toEqual([
      { key: "email", before: undefined, after: "a@b.se" },
      { key: "disabled", before: undefined, after: false },
    ]);
    expect(diffSnapshots(null, { answers: { q1: "ja" } })).toEqual([{ key: "answers.q1", before: undefined, after: "ja" }]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });

  it("does not nest other objects, and treats a removed field as changed", () => {
    expect(diffSnapshots({ meta: { a: 1 } }, { meta: { a: 2 } })).toEqual([{ key: "meta", before: { a: 1 }, after: { a: 2 } }]);
    expect(diffSnapshots({ districtId: "d1" }, {})).toEqual([{ key: "districtId", before: "d1", after: undefined }]);
  });
});

import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe";

const square = {
  type: "Polygon",
  coordinates: [
    [
      [17, 59],
      [18, 59],
      [18, 60],
      [17, 59],
    ],
  ],
};

describe("describeChanges", () => {
  it("reads a scene change in Swedish, with names for reference ids", () => {
    const before = { name: "Torget", status: "ACTIVE", policeAreaId: "lpo1", lastYear: null, extent: square, areaM2: 1000 };
    const after = {
      name: "Torget",
      status: "CLOSED",
      policeAreaId: "lpo2",
      lastYear: 2026,
      extent: { ...square, coordinates: [] },
      areaM2: 1234.6,
    };
    expect(describeChanges(before, after, { lpo1: "Järva", lpo2: "Rinkeby" })).toEqual([
      { key: "status", label: "Status", value: "Aktiv → Stängd" },
      { key: "policeAreaId", label: "Lokalpolisområde", value: "Järva → Rinkeby" },
      { key: "lastYear", label: "Senast följd år", value: "— → 2026" },
      { key: "extent", label: "Utbredning", value: "ändrad" },
      { key: "areaM2", label: "Yta", value: expect.stringMatching(/^1\s000 m² → 1\s235 m²$/) as unknown as string },
    ]);
  });

  it("names the changed answers by code on one line instead of showing their values", () => {
    const lines = describeChanges(
      { status: "DRAFT", answers: { q1: "ja", q2: "nej" } },
      { status: "SUBMITTED", answers: { q1: "nej", q2: "nej", q5: "ja" } },
    );
    expect(lines).toEqual([
      { key: "status", label: "Status", value: "Utkast → Inskickad" },
      { key: "answers", label: "Ändrade svar", value: "q1, q5" },
    ]);
  });

  it("shows a creation's values without arrows, and roles and booleans in words", () => {
    expect(describeChanges(null, { role: "POLICE_ANALYST", disabled: false, policeAreaIds: [], extent: square })).toEqual([
      { key: "role", label: "Roll", value: "Polisanalytiker" },
      { key: "disabled", label: "Inaktiverad", value: "nej" },
      { key: "policeAreaIds", label: "Lokalpolisområden", value: "—" },
      { key: "extent", label: "Utbredning", value: "angiven" },
    ]);
  });

  it("shortens long text and keeps unknown fields and values as they are", () => {
    const [line] = describeChanges({ description: "a" }, { description: "x".repeat(200) });
    expect(line?.value).toMatch(/^a → x{79}…$/);
    expect(describeChanges({ foo: "BAR" }, { foo: "BAZ" })).toEqual([{ key: "foo", label: "foo", value: "BAR → BAZ" }]);
  });

  it("has nothing to say about an event without snapshots", () => {
    expect(describeChanges(null, null)).toEqual([]);
  });
});

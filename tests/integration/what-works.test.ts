import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { getWhatWorks, listWhatWorksRows } from "@/lib/what-works/queries";
import type { Measure, WhatWorksRow } from "@/lib/what-works/schemas";
import { seedWhatWorksCases } from "./what-works-fixtures";

// The hand-made cases of ./what-works-fixtures.ts, where the answer is known.

let steering: SessionUser;
let jarfallaRep: SessionUser;

beforeAll(async () => {
  ({ steering, jarfallaRep } = await seedWhatWorksCases());
});

const measure = (row: WhatWorksRow | undefined, code: Measure) => row?.measures.find((m) => m.measure === code);
const rowOf = (rows: WhatWorksRow[], key: string) => rows.find((r) => r.key === key);

describe("what works, by intervention type", () => {
  it("shows violent crimes −6 at the three treated scenes against 0 at comparable ones, with too few scenes", async () => {
    const result = await getWhatWorks(steering, { from: null, to: null });
    const row = rowOf(result.byType, "situational_prevention");
    expect(row).toMatchObject({ interventions: 4, scenes: 4 });
    expect(measure(row, "violent_crimes")).toEqual({
      measure: "violent_crimes",
      treated: { before: 10, after: 4, change: -6, scenes: 3 },
      comparison: { before: 10, after: 10, change: 0, scenes: 5 },
      difference: -6,
      tooFew: true,
    });
    expect(row?.effects).toEqual({ positive: 1, none: 1, negative: 1, unclear: 0, notEvaluated: 1 });
  });

  it("sets police effort beside detected crime: the share of scenes with police actions before and after", async () => {
    const row = rowOf((await getWhatWorks(steering, { from: null, to: null })).byType, "situational_prevention");
    // Before: scene 3 in 2021 (½ of its two years) → (0 + 0 + 0.5) / 3; after: scene 1 both years → 1/3.
    expect(measure(row, "police_actions")?.treated).toEqual({ before: 0.167, after: 0.333, change: 0.167, scenes: 3 });
    expect(measure(row, "police_actions")?.comparison).toMatchObject({ change: 0, scenes: 5 });
    expect(measure(row, "detected_crimes")).toMatchObject({ treated: { change: null, scenes: 0 }, difference: null, tooFew: true });
  });

  it("counts the scenes that had ceased two years later, beside the comparable scenes", async () => {
    const row = rowOf((await getWhatWorks(steering, { from: null, to: null })).byType, "situational_prevention");
    expect(row?.ceased).toEqual({ treated: { share: 0, scenes: 3 }, comparison: { share: 0.2, scenes: 5 }, tooFew: true });
  });

  it("keeps to the start years asked for", async () => {
    const result = await getWhatWorks(steering, { from: 2024, to: null });
    expect(result.byType.map((r) => [r.key, r.interventions])).toEqual([["situational_prevention", 1]]);
  });
});

describe("what works, by actor and by combination of actors", () => {
  it("groups by the responsible actor, and by the actors working together at a scene in a year", async () => {
    const result = await getWhatWorks(steering, { from: null, to: null });
    expect(rowOf(result.byActor, "municipality")).toMatchObject({ interventions: 3, scenes: 3 });
    expect(result.byActors.map((r) => [r.key, r.interventions, r.scenes])).toEqual([["municipality+police", 2, 1]]);
    expect(measure(rowOf(result.byActors, "municipality+police"), "violent_crimes")).toMatchObject({
      treated: { change: -6, scenes: 1 },
      comparison: { change: -0.25, scenes: 8 },
      tooFew: true,
    });
  });
});

describe("a municipal representative's scope", () => {
  it("covers only their municipality, the comparison scenes too", async () => {
    const result = await getWhatWorks(jarfallaRep, { from: null, to: null });
    expect(result.byType.map((r) => [r.key, r.interventions, r.scenes])).toEqual([["situational_prevention", 1, 1]]);
    expect(measure(result.byType[0], "violent_crimes")).toMatchObject({
      treated: { change: -6, scenes: 1 },
      comparison: { change: 0, scenes: 2 },
    });
    expect(result.byActor.map((r) => r.key)).toEqual(["property_owner"]);
    expect(result.byActors).toEqual([]);
  });

  it("computes the same from scratch as through the figures' cache", async () => {
    const rows = await listWhatWorksRows(jarfallaRep, "type", { from: null, to: null }, 2025);
    expect((await getWhatWorks(jarfallaRep, { from: null, to: null })).byType).toEqual(rows);
  });
});

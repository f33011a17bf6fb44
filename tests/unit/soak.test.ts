import { describe, expect, it } from "vitest";
import { countDecisionsOutOfTurn } from "@/scripts/soak/checks";
import { listForbiddenErrors, type Outcome } from "@/scripts/soak/ledger";
import { parseSoakOptions } from "@/scripts/soak/options";

// The soak's own judgement (scripts/soak): which errors are findings, which decision sequences
// mean a second co-signature, and its bounded options.

describe("the soak's options", () => {
  it("defaults to two minutes and four analysts, and refuses what is out of bounds", () => {
    expect(parseSoakOptions([])).toEqual({ seconds: 120, analysts: 4, representatives: 2, readers: 2 });
    expect(parseSoakOptions(["--seconds", "30", "--readers", "3"])).toMatchObject({ seconds: 30, readers: 3 });
    expect(() => parseSoakOptions(["--seconds", "5000"])).toThrow(/usage/);
    expect(() => parseSoakOptions(["--clients", "3"])).toThrow(/usage/);
  });
});

describe("errors that are findings", () => {
  const windows = [{ name: "restart", from: 10_000, to: 15_000 }];
  const outcome = (at: number, ok: boolean, clean?: boolean): Outcome => ({
    kind: "save",
    at,
    ms: 100,
    ok,
    clean,
    error: ok ? undefined : "x",
  });

  it("allows clean errors inside a fault window only", () => {
    const outcomes = [outcome(1_000, true), outcome(11_000, false, true), outcome(12_000, false, false), outcome(20_000, false, true)];
    expect(listForbiddenErrors(outcomes, windows).map((o) => o.at)).toEqual([12_000, 20_000]);
  });

  it("counts a request that ends inside the window as inside it", () => {
    expect(listForbiddenErrors([{ ...outcome(9_950, false, true), ms: 100 }], windows)).toEqual([]);
  });
});

describe("decisions out of turn", () => {
  it("finds a second decision on one submission, and a decision with none", () => {
    const [submitted, cosigned, returned, saved] = [
      "assessment.submitted",
      "assessment.cosigned",
      "assessment.returned",
      "assessment.saved",
    ];
    expect(countDecisionsOutOfTurn([saved, submitted, returned, saved, submitted, cosigned])).toBe(0);
    expect(countDecisionsOutOfTurn([submitted, cosigned, cosigned])).toBe(1);
    expect(countDecisionsOutOfTurn([cosigned])).toBe(1);
  });
});

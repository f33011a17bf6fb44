import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { canTransition, isFinal, isFollowedIn, listTransitions, nextStatus, TRANSITIONS } from "./workflow";

const base = { id: "u", email: "u@test", name: "U", municipalityCode: null, policeAreaIds: [] };
const analyst: SessionUser = { ...base, role: "POLICE_ANALYST", policeAreaIds: ["jarva"] };
const otherAnalyst: SessionUser = { ...base, role: "POLICE_ANALYST", policeAreaIds: ["sodermalm"] };
const rep: SessionUser = { ...base, role: "MUNICIPAL_REP", municipalityCode: "0180" };
const otherRep: SessionUser = { ...base, role: "MUNICIPAL_REP", municipalityCode: "0123" };
const steering: SessionUser = { ...base, role: "STEERING" };
const admin: SessionUser = { ...base, role: "ADMIN" };
const jarva = { municipalityCode: "0180", policeAreaId: "jarva" };

describe("nextStatus", () => {
  it("follows draft → submitted → cosigned", () => {
    expect(nextStatus("DRAFT", "save")).toBe("DRAFT");
    expect(nextStatus("DRAFT", "submit")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "cosign")).toBe("COSIGNED");
  });

  it("follows submitted → returned → (edited) → submitted", () => {
    expect(nextStatus("SUBMITTED", "return")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "save")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "submit")).toBe("SUBMITTED");
  });

  it("keeps a co-signed assessment read-only until reopened", () => {
    expect(nextStatus("COSIGNED", "save")).toBeNull();
    expect(nextStatus("COSIGNED", "submit")).toBeNull();
    expect(nextStatus("COSIGNED", "return")).toBeNull();
    expect(nextStatus("COSIGNED", "reopen")).toBe("DRAFT");
  });

  it("refuses what does not apply", () => {
    expect(nextStatus("DRAFT", "cosign")).toBeNull();
    expect(nextStatus("DRAFT", "return")).toBeNull();
    expect(nextStatus("SUBMITTED", "save")).toBeNull();
    expect(nextStatus("RETURNED", "cosign")).toBeNull();
  });
});

describe("who may do what", () => {
  it("lets only the analyst of the scene's LPO save and submit", () => {
    expect(listTransitions(analyst, "DRAFT", jarva)).toEqual(["save", "submit"]);
    for (const user of [otherAnalyst, rep, steering, admin]) expect(listTransitions(user, "DRAFT", jarva)).toEqual([]);
  });

  it("lets only the representative of the scene's municipality co-sign or return", () => {
    expect(listTransitions(rep, "SUBMITTED", jarva)).toEqual(["cosign", "return"]);
    for (const user of [otherRep, analyst, steering, admin]) expect(listTransitions(user, "SUBMITTED", jarva)).toEqual([]);
  });

  it("lets only an admin reopen a co-signed assessment", () => {
    expect(listTransitions(admin, "COSIGNED", jarva)).toEqual(["reopen"]);
    for (const user of [analyst, rep, steering]) expect(listTransitions(user, "COSIGNED", jarva)).toEqual([]);
  });

  it("lets the steering group do nothing at all", () => {
    for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "COSIGNED"] as const) {
      for (const transition of TRANSITIONS) expect(canTransition(steering, transition, status, jarva)).toBe(false);
    }
  });
});

describe("isFinal", () => {
  it("counts submitted and co-signed assessments only", () => {
    expect([isFinal("DRAFT"), isFinal("SUBMITTED"), isFinal("RETURNED"), isFinal("COSIGNED")]).toEqual([false, true, false, true]);
  });
});

describe("the years a scene is assessed for", () => {
  it("runs from its first year to its last, or to the last year open for assessment", () => {
    const open = { firstYear: 2022, lastYear: null };
    expect(isFollowedIn(open, 2021, 2026)).toBe(false);
    expect(isFollowedIn(open, 2026, 2026)).toBe(true);
    expect(isFollowedIn(open, 2027, 2026)).toBe(false);
    // Next year's round is open.
    expect(isFollowedIn(open, 2027, 2027)).toBe(true);
    expect(isFollowedIn({ firstYear: 2022, lastYear: 2024 }, 2025, 2027)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { can, isInScope, type SessionUser } from "./permissions";

const base = { id: "u", email: "u@test", name: "U", municipalityCode: null, policeAreaIds: [] };
const admin: SessionUser = { ...base, role: "ADMIN" };
const steering: SessionUser = { ...base, role: "STEERING" };
const analyst: SessionUser = { ...base, role: "POLICE_ANALYST", policeAreaIds: ["jarva"] };
const rep: SessionUser = { ...base, role: "MUNICIPAL_REP", municipalityCode: "0123" };

describe("can", () => {
  it("refuses everything to an anonymous visitor", () => {
    expect(can(null, "dashboard:view")).toBe(false);
  });

  it("lets only admins manage users and read the audit log", () => {
    expect(can(admin, "user:manage")).toBe(true);
    expect(can(admin, "audit:read")).toBe(true);
    for (const user of [steering, analyst, rep]) {
      expect(can(user, "user:manage")).toBe(false);
      expect(can(user, "admin:access")).toBe(false);
      expect(can(user, "audit:read")).toBe(false);
    }
  });

  it("lets only admins prepare, change and publish the questionnaire", () => {
    expect(can(admin, "questionnaire:manage")).toBe(true);
    for (const user of [steering, analyst, rep]) expect(can(user, "questionnaire:manage")).toBe(false);
  });

  it("lets only admins describe the intervention types", () => {
    expect(can(admin, "intervention-type:describe")).toBe(true);
    for (const user of [steering, analyst, rep]) expect(can(user, "intervention-type:describe")).toBe(false);
  });

  it("lets every role see the overview, the map and the lists", () => {
    for (const user of [admin, steering, analyst, rep]) {
      expect(can(user, "dashboard:view")).toBe(true);
      expect(can(user, "map:view")).toBe(true);
      expect(can(user, "scene:list")).toBe(true);
    }
  });
});

describe("isInScope", () => {
  const jarvaInStockholm = { municipalityCode: "0180", policeAreaId: "jarva" };
  const jarfalla = { municipalityCode: "0123", policeAreaId: "jarfalla" };

  it("scopes an analyst to their LPOs", () => {
    expect(isInScope(analyst, jarvaInStockholm)).toBe(true);
    expect(isInScope(analyst, jarfalla)).toBe(false);
  });

  it("scopes a municipal representative to their municipality", () => {
    expect(isInScope(rep, jarfalla)).toBe(true);
    expect(isInScope(rep, jarvaInStockholm)).toBe(false);
  });

  it("gives the steering group and admins the whole county", () => {
    expect(isInScope(steering, jarfalla)).toBe(true);
    expect(isInScope(admin, jarvaInStockholm)).toBe(true);
  });
});

describe("scenes", () => {
  const jarva = { municipalityCode: "0180", policeAreaId: "jarva" };
  const jarfalla = { municipalityCode: "0123", policeAreaId: "jarfalla" };

  it("lets analysts create and edit scenes in their LPOs only", () => {
    expect(can(analyst, "scene:create")).toBe(true);
    expect(can(analyst, "scene:create", jarva)).toBe(true);
    expect(can(analyst, "scene:create", jarfalla)).toBe(false);
    expect(can(analyst, "scene:edit", jarva)).toBe(true);
    expect(can(analyst, "scene:edit", jarfalla)).toBe(false);
  });

  it("lets admins create and edit everywhere", () => {
    expect(can(admin, "scene:create", jarfalla)).toBe(true);
    expect(can(admin, "scene:edit", jarva)).toBe(true);
  });

  it("lets the steering group and municipal representatives read, never write", () => {
    for (const user of [steering, rep]) {
      expect(can(user, "scene:create")).toBe(false);
      expect(can(user, "scene:edit", jarfalla)).toBe(false);
    }
    expect(can(steering, "scene:view", jarva)).toBe(true);
    expect(can(rep, "scene:view", jarfalla)).toBe(true);
    expect(can(rep, "scene:view", jarva)).toBe(false);
  });
});

describe("outcomes", () => {
  const jarva = { municipalityCode: "0180", policeAreaId: "jarva" };
  const jarfalla = { municipalityCode: "0123", policeAreaId: "jarfalla" };

  it("lets the LPO's analysts (and admins) enter indicators", () => {
    expect(can(analyst, "indicator:edit", jarva)).toBe(true);
    expect(can(analyst, "indicator:edit", jarfalla)).toBe(false);
    expect(can(admin, "indicator:edit", jarfalla)).toBe(true);
    expect(can(rep, "indicator:edit", jarfalla)).toBe(false);
    expect(can(steering, "indicator:edit", jarva)).toBe(false);
  });

  it("lets the LPO's analysts and the municipality register interventions", () => {
    expect(can(analyst, "intervention:edit", jarva)).toBe(true);
    expect(can(rep, "intervention:edit", jarfalla)).toBe(true);
    expect(can(rep, "intervention:edit", jarva)).toBe(false);
    expect(can(steering, "intervention:edit", jarva)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { addDays, expiryBounds, isCalendarDay, scopesFor, tokenExpiresAt, tokenLastDay, tokenScopeAllows, tokenStatus } from "./policy";

const user = (role: SessionUser["role"]): SessionUser => ({
  id: "u",
  email: "u@test.se",
  name: "U",
  role,
  municipalityCode: null,
  policeAreaIds: [],
});

describe("tokenScopeAllows", () => {
  it("lets a statistics token read statistics only, and nothing a token could write", () => {
    expect(tokenScopeAllows("STATS", "stats:read")).toBe(true);
    expect(tokenScopeAllows("STATS", "export:read")).toBe(false);
    expect(tokenScopeAllows("STATS_AND_EXPORTS", "export:read")).toBe(true);
    expect(tokenScopeAllows("STATS_AND_EXPORTS", "scene:edit")).toBe(false);
    expect(tokenScopeAllows("STATS_AND_EXPORTS", "token:own")).toBe(false);
  });
});

describe("scopesFor", () => {
  it("offers exports to every role that may read them", () => {
    for (const role of ["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING", "ADMIN"] as const) {
      expect(scopesFor(user(role))).toEqual(["STATS", "STATS_AND_EXPORTS"]);
    }
  });
});

describe("expiry", () => {
  it("offers tomorrow to a year ahead in Swedish days, 90 days by default", () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(expiryBounds(new Date("2025-12-31T23:30:00Z"))).toEqual({ min: "2026-01-02", max: "2027-01-01", default: "2026-04-01" });
  });

  it("ends a token at the Swedish midnight after its last day, summer or winter", () => {
    expect(tokenExpiresAt("2026-01-15").toISOString()).toBe("2026-01-15T23:00:00.000Z");
    expect(tokenExpiresAt("2026-07-15").toISOString()).toBe("2026-07-15T22:00:00.000Z");
    expect(tokenLastDay(tokenExpiresAt("2026-07-15"))).toBe("2026-07-15");
  });

  it("knows real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2027-02-29")).toBe(false);
    expect(isCalendarDay("2027-2-1")).toBe(false);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("tells an active, an expired and a revoked token apart", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date("2026-03-02T00:00:00Z") }, now)).toBe("active");
    expect(tokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenStatus({ revokedAt: now, expiresAt: new Date("2027-01-01T00:00:00Z") }, now)).toBe("revoked");
  });
});

import { describe, expect, it } from "vitest";
import { getSessionState, type SessionOwner, type StoredSession } from "./state";

const now = new Date("2026-11-30T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const session: StoredSession = {
  method: "password",
  expiresAt: new Date("2026-11-30T18:00:00Z"),
  lastSeenAt: minutesAgo(5),
  endedAt: null,
  secondFactorAt: null,
};
const analyst: SessionOwner = { role: "POLICE_ANALYST", disabledAt: null, totpEnabledAt: null, mustChangePassword: false };
const settings = { idleMinutes: 60, mfa: "admins" as const };

describe("getSessionState", () => {
  it("lets a live session through", () => {
    expect(getSessionState(session, analyst, settings, now)).toEqual({ active: true });
  });
  it("ends a signed-out, an expired, an idle session, and one of a disabled user", () => {
    expect(getSessionState({ ...session, endedAt: minutesAgo(1) }, analyst, settings, now)).toEqual({ end: "ended" });
    expect(getSessionState({ ...session, expiresAt: now }, analyst, settings, now)).toEqual({ end: "expired" });
    expect(getSessionState({ ...session, lastSeenAt: minutesAgo(60) }, analyst, settings, now)).toEqual({ end: "idle" });
    expect(getSessionState(session, { ...analyst, disabledAt: minutesAgo(1) }, settings, now)).toEqual({ end: "disabled" });
  });
  it("asks an admin for a second factor, or to enrol one, before anything else", () => {
    const admin = { ...analyst, role: "ADMIN" as const };
    expect(getSessionState(session, admin, settings, now)).toEqual({ gate: "enrol-second-factor" });
    expect(getSessionState(session, { ...admin, totpEnabledAt: minutesAgo(9) }, settings, now)).toEqual({ gate: "second-factor" });
    expect(getSessionState({ ...session, secondFactorAt: now }, { ...admin, mustChangePassword: true }, settings, now)).toEqual({
      gate: "change-password",
    });
  });
  it("asks every role when the installation says so, and none signed in through a provider", () => {
    expect(getSessionState(session, analyst, { ...settings, mfa: "all" }, now)).toEqual({ gate: "enrol-second-factor" });
    expect(getSessionState({ ...session, method: "oidc:polisen" }, { ...analyst, role: "ADMIN" }, settings, now)).toEqual({ active: true });
  });
  it("asks for a second factor whoever has enrolled one", () => {
    expect(getSessionState(session, { ...analyst, totpEnabledAt: minutesAgo(9) }, settings, now)).toEqual({ gate: "second-factor" });
  });
});

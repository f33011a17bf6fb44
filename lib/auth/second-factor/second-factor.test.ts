import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  isRecoveryCodeFormat,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from "./recovery-codes";
import { ENROLMENT_TTL_MS, openEnrolment, openTotpSecret, sealEnrolment, sealTotpSecret } from "./sealing";
import { deriveSecretKey, openText, sealText } from "./secret-box";
import { checkTotpCode, currentTotpStep, formatSecretForReading, TOTP_STEP_SECONDS } from "./totp";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const NOW = new Date("2026-11-30T12:00:10Z");
const codeAt = (date: Date, steps = 0) =>
  generate({ secret: SECRET, epoch: Math.floor(date.getTime() / 1000) + steps * TOTP_STEP_SECONDS });

describe("checkTotpCode", () => {
  it("accepts the code of this step and of one step either side, and names the step", async () => {
    const step = currentTotpStep(NOW);
    for (const drift of [-1, 0, 1]) {
      expect(await checkTotpCode(SECRET, await codeAt(NOW, drift), null, NOW)).toEqual({ ok: true, step: step + drift });
    }
  });

  it("refuses a code two steps away, a wrong code and anything but six digits", async () => {
    expect(await checkTotpCode(SECRET, await codeAt(NOW, 2), null, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkTotpCode(SECRET, await codeAt(NOW, -2), null, NOW)).toEqual({ ok: false, reason: "invalid" });
    const right = await codeAt(NOW);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkTotpCode(SECRET, wrong, null, NOW)).toEqual({ ok: false, reason: "invalid" });
    for (const malformed of ["", "12345", "1234567", "12 456", "abcdef"]) {
      expect(await checkTotpCode(SECRET, malformed, null, NOW)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("refuses a code whose step is not later than the last accepted one (a replay)", async () => {
    const step = currentTotpStep(NOW);
    expect(await checkTotpCode(SECRET, await codeAt(NOW), step, NOW)).toEqual({ ok: false, reason: "replayed" });
    expect(await checkTotpCode(SECRET, await codeAt(NOW, -1), step - 1, NOW)).toEqual({ ok: false, reason: "replayed" });
    expect(await checkTotpCode(SECRET, await codeAt(NOW, 1), step, NOW)).toEqual({ ok: true, step: step + 1 });
  });
});

describe("sealing", () => {
  const key = deriveSecretKey("a-secret-that-is-at-least-32-characters-long", true);

  it("opens only with the same key and purpose, and not once altered", () => {
    const box = sealText(key, "hemligt", "p");
    expect(openText(key, box, "p")).toBe("hemligt");
    expect(openText(key, box, "q")).toBeNull();
    expect(openText(deriveSecretKey("another-secret-that-is-at-least-32-characters", true), box, "p")).toBeNull();
    const parts = box.split(".");
    parts[3] = Buffer.from("hemligT").toString("base64url");
    expect(openText(key, parts.join("."), "p")).toBeNull();
    expect(openText(key, "not a box", "p")).toBeNull();
    expect(sealText(key, "hemligt", "p")).not.toBe(box);
  });

  it("binds a stored secret to its user", () => {
    const box = sealTotpSecret(key, "user-1", SECRET);
    expect(box).not.toContain(SECRET);
    expect(openTotpSecret(key, "user-1", box)).toBe(SECRET);
    expect(openTotpSecret(key, "user-2", box)).toBeNull();
  });

  it("opens a pending enrolment for its own user, within its lifetime only", () => {
    const token = sealEnrolment(key, "user-1", SECRET, NOW);
    expect(openEnrolment(key, "user-1", token, NOW)).toBe(SECRET);
    expect(openEnrolment(key, "user-2", token, NOW)).toBeNull();
    expect(openEnrolment(key, "user-1", token, new Date(NOW.getTime() + ENROLMENT_TTL_MS + 1))).toBeNull();
    expect(openTotpSecret(key, "user-1", token)).toBeNull();
  });

  it("has a fixed development key without AUTH_SECRET, and none in production", () => {
    expect(deriveSecretKey(undefined, false)).toEqual(deriveSecretKey(undefined, false));
    expect(deriveSecretKey(undefined, false)).not.toEqual(key);
    expect(() => deriveSecretKey(undefined, true)).toThrow(/AUTH_SECRET/);
  });
});

describe("recovery codes", () => {
  it("makes ten different codes in a readable format", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it("matches what was typed regardless of case, spaces and dashes", () => {
    const [code] = generateRecoveryCodes(1) as [string];
    const typed = ` ${normalizeRecoveryCode(code)
      .toLowerCase()
      .replace(/(.{4})/g, "$1 ")} `;
    expect(isRecoveryCodeFormat(typed)).toBe(true);
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    expect(isRecoveryCodeFormat("ABCD-EFGH-IJK1")).toBe(false);
    expect(isRecoveryCodeFormat("ABCD")).toBe(false);
  });
});

describe("formatSecretForReading", () => {
  it("groups the secret in fours", () => {
    expect(formatSecretForReading("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isLastUsedStale, isTokenFormat, readBearerToken } from "./token";

describe("generateToken", () => {
  it("makes ods_ and 32 random bytes in base64url, different every time", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^ods_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(4), "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(isTokenFormat(a)).toBe(true);
  });
});

describe("hashToken", () => {
  it("is the hex SHA-256 of the token", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("never contains the token and differs between tokens", () => {
    const token = generateToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(4));
    expect(hashToken(token)).not.toBe(hashToken(generateToken()));
  });
});

describe("readBearerToken", () => {
  const token = generateToken();

  it("reads the token of a Bearer header, whatever the scheme's case", () => {
    expect(readBearerToken(`Bearer ${token}`)).toBe(token);
    expect(readBearerToken(`bearer ${token}`)).toBe(token);
  });

  it.each([
    null,
    "",
    "Bearer",
    `Basic ${token}`,
    `Bearer ${token}x`,
    "Bearer ods_short",
    `Bearer ${token.replace("ods_", "abc_")}`,
    `Bearer ${token} extra`,
  ])("refuses %j without a lookup", (header) => {
    expect(readBearerToken(header)).toBeNull();
  });
});

describe("isLastUsedStale", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("records the first use, and then at most once a minute", () => {
    expect(isLastUsedStale(null, now)).toBe(true);
    expect(isLastUsedStale(new Date("2026-03-01T11:59:30Z"), now)).toBe(false);
    expect(isLastUsedStale(new Date("2026-03-01T11:59:00Z"), now)).toBe(true);
  });
});

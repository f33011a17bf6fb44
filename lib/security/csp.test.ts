import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, generateNonce } from "./csp";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = buildContentSecurityPolicy({ nonce: "abc", development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("allows eval in development only", () => {
    expect(buildContentSecurityPolicy({ nonce: "abc", development: true })).toContain("'unsafe-eval'");
  });

  it("adds the configured image origins (map tiles)", () => {
    const csp = buildContentSecurityPolicy({ nonce: "n", development: false, imageOrigins: ["https://tile.example.org"] });
    expect(csp).toContain("img-src 'self' data: blob: https://tile.example.org");
  });
});

describe("generateNonce", () => {
  it("is new every time", () => {
    expect(generateNonce()).not.toBe(generateNonce());
  });
});

import { describe, expect, it } from "vitest";
import { safeCallbackUrl, withCallbackUrl } from "./request-path";

describe("withCallbackUrl", () => {
  it("brings the person back to the page they asked for", () => {
    expect(withCallbackUrl("/login", "/platser?ar=2025")).toBe("/login?callbackUrl=%2Fplatser%3Far%3D2025");
  });
  it("adds nothing for the start page, no page, or another site", () => {
    expect(withCallbackUrl("/login", "/")).toBe("/login");
    expect(withCallbackUrl("/login", null)).toBe("/login");
    expect(withCallbackUrl("/login/kod", "//evil.example")).toBe("/login/kod");
  });
});

describe("safeCallbackUrl", () => {
  it("follows a path on this site only", () => {
    expect(safeCallbackUrl("/platser?ar=2025")).toBe("/platser?ar=2025");
    for (const url of [undefined, "", "https://evil.example/", "//evil.example", "/\\evil.example"]) {
      expect(safeCallbackUrl(url)).toBe("/oversikt");
    }
  });
});

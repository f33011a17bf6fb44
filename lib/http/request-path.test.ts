import { describe, expect, it } from "vitest";
import { withCallbackUrl } from "./request-path";

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

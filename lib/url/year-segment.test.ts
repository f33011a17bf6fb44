import { describe, expect, it } from "vitest";
import { currentYear, plannedYears } from "@/lib/years";
import { requireYearSegment } from "./year-segment";

/** The digest Next gives the error notFound() throws: the not-found page, status 404. */
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

const digestOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return "no error";
};

describe("requireYearSegment", () => {
  it("answers a followed year", () => {
    expect(requireYearSegment("2024")).toBe(2024);
    expect(requireYearSegment(String(currentYear()))).toBe(currentYear());
  });

  it("answers the not-found page for anything else, never a query with a bad number", () => {
    for (const segment of ["abc", "20x4", "2024.0", "-2024", " 2024", "", "2009", String(currentYear() + 1), "99999999999", "1e3"]) {
      expect(
        digestOf(() => requireYearSegment(segment)),
        segment,
      ).toBe(NOT_FOUND);
    }
  });

  it("takes another range when asked", () => {
    expect(requireYearSegment(String(currentYear() + 1), plannedYears)).toBe(currentYear() + 1);
  });
});

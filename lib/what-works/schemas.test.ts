import { describe, expect, it } from "vitest";
import { currentYear } from "@/lib/years";
import { readWhatWorksFilters, whatWorksFiltersSchema, whatWorksPaths } from "./schemas";

const read = (query: string) => readWhatWorksFilters(new URLSearchParams(query));

describe("the start years of /vad-fungerar, the API and the exports", () => {
  it("reads fran and till as the first and last start year, either left out", () => {
    expect(read("fran=2022&till=2024")).toEqual({ ok: true, filters: { from: 2022, to: 2024 } });
    expect(read("till=2023")).toEqual({ ok: true, filters: { from: null, to: 2023 } });
    expect(read("fran=&till=")).toEqual({ ok: true, filters: { from: null, to: null } });
    expect(read(`fran=${currentYear() + 1}`)).toEqual({ ok: true, filters: { from: currentYear() + 1, to: null } });
  });

  it("refuses, for the API, a year it cannot read, one sent twice, and a range that ends before it starts", () => {
    for (const bad of ["fran=20x4", "fran=2022.0", "fran=1999", `fran=${currentYear() + 2}`, "fran=2022&fran=2023"]) {
      expect(read(bad)).toEqual({ ok: false, problem: "year", param: "fran" });
    }
    expect(read("fran=2022&till=abc")).toEqual({ ok: false, problem: "year", param: "till" });
    expect(read("fran=2024&till=2022")).toEqual({ ok: false, problem: "order" });
  });

  it("lets the view ignore what it cannot read", () => {
    expect(whatWorksFiltersSchema.parse({ fran: "20x4", till: "2024" })).toEqual({ from: null, to: 2024 });
    expect(whatWorksFiltersSchema.parse({})).toEqual({ from: null, to: null });
  });

  it("links the API and the exports with the same parameters", () => {
    expect(whatWorksPaths({ from: 2022, to: null })).toEqual({
      json: "/api/v1/what-works?fran=2022",
      csv: "/api/v1/exports/what-works.csv?fran=2022",
      xlsx: "/api/v1/exports/what-works.xlsx?fran=2022",
    });
  });
});

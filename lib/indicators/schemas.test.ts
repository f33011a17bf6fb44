import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { indicatorValueSchema, saveIndicatorSchema } from "./schemas";

const YEAR = new Date().getFullYear();
const base = { year: "2024", indicator: "violent_crimes", value: "12", source: "Anmälda brott, RAR" };
const errorsOf = (input: Record<string, string | undefined>) => {
  const result = indicatorValueSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("indicatorValueSchema", () => {
  it("reads a count, and a share with a decimal comma, respondents and a period", () => {
    expect(indicatorValueSchema.parse(base)).toEqual({ year: 2024, indicator: "violent_crimes", value: 12, source: "Anmälda brott, RAR" });
    expect(
      indicatorValueSchema.parse({
        year: " 2023 ",
        indicator: "unsafe_share",
        value: "0,42",
        source: "Trygghetsmätningen",
        periodFrom: "2023-01-01",
        periodTo: "2023-12-31",
        sampleSize: "312",
      }),
    ).toEqual({
      year: 2023,
      indicator: "unsafe_share",
      value: 0.42,
      source: "Trygghetsmätningen",
      periodFrom: "2023-01-01",
      periodTo: "2023-12-31",
      sampleSize: 312,
    });
  });

  it("treats empty optional fields as absent", () => {
    expect(indicatorValueSchema.parse({ ...base, periodFrom: "", periodTo: " ", sampleSize: "" })).toEqual({
      ...base,
      year: 2024,
      value: 12,
    });
  });

  it("refuses years outside 2010 to this year", () => {
    for (const year of ["2009", String(YEAR + 1), "20x4", ""])
      expect(errorsOf({ ...base, year }).year).toEqual([`Ange ett år mellan 2010 och ${YEAR}.`]);
    expect(errorsOf({ ...base, year: "2010" })).toEqual({});
  });

  it("refuses an unknown indicator, a missing source and a value that is not a number", () => {
    expect(errorsOf({ ...base, indicator: "thefts", value: "tolv", source: " " })).toEqual({
      indicator: ["Välj en indikator."],
      value: ["Värdet måste vara ett tal, t.ex. 12 eller 0,42."],
      source: ["Ange varifrån värdet kommer."],
    });
    expect(errorsOf({ ...base, value: "" }).value).toEqual(["Ange ett värde."]);
    expect(errorsOf({ ...base, value: "1e3" }).value).toBeDefined();
  });

  it("wants counts whole and not negative, and shares between 0 and 1", () => {
    expect(errorsOf({ ...base, value: "-3" }).value).toEqual(["Antalet måste vara ett heltal, 0 eller större."]);
    expect(errorsOf({ ...base, value: "2,5" }).value).toEqual(["Antalet måste vara ett heltal, 0 eller större."]);
    expect(errorsOf({ ...base, value: "0" })).toEqual({});
    const share = { ...base, indicator: "unsafe_share" };
    expect(errorsOf({ ...share, value: "1.2" }).value).toEqual(["Andelen måste vara mellan 0 och 1, t.ex. 0,42 för 42 %."]);
    expect(errorsOf({ ...share, value: "42" }).value).toBeDefined();
    expect(errorsOf({ ...share, value: "1" })).toEqual({});
  });

  it("checks the period's days and order", () => {
    expect(errorsOf({ ...base, periodFrom: "2024-02-30", periodTo: "31/12/2024" })).toEqual({
      periodFrom: ["Ange ett datum som ÅÅÅÅ-MM-DD."],
      periodTo: ["Ange ett datum som ÅÅÅÅ-MM-DD."],
    });
    expect(errorsOf({ ...base, periodFrom: "2024-12-31", periodTo: "2024-01-01" })).toEqual({
      periodTo: ["Perioden kan inte sluta före den börjar."],
    });
    expect(errorsOf({ ...base, periodFrom: "2024-01-01", periodTo: "2024-01-01" })).toEqual({});
  });

  it("takes respondents only for the share, as a positive whole number", () => {
    expect(errorsOf({ ...base, sampleSize: "300" })).toEqual({ sampleSize: ["Antal svarande anges bara för andelen otrygga."] });
    const share = { ...base, indicator: "unsafe_share", value: "0.3" };
    for (const sampleSize of ["0", "-5", "12.5", "många"])
      expect(errorsOf({ ...share, sampleSize }).sampleSize).toEqual(["Antal svarande måste vara ett heltal större än 0."]);
  });
});

describe("saveIndicatorSchema", () => {
  it("adds the scene and the optional version the user started from", () => {
    expect(saveIndicatorSchema.parse({ ...base, sceneId: "s1", version: "" })).toMatchObject({
      sceneId: "s1",
      version: undefined,
      value: 12,
    });
    expect(saveIndicatorSchema.parse({ ...base, sceneId: "s1", version: "3" })).toMatchObject({ version: 3 });
    expect(saveIndicatorSchema.safeParse({ ...base, sceneId: "s1", value: "-1" }).success).toBe(false);
  });
});

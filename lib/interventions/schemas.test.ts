import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import {
  createInterventionSchema,
  evaluateInterventionSchema,
  interventionExportPaths,
  interventionFiltersSchema,
  readExportFilters,
  updateInterventionSchema,
} from "./schemas";

const valid = {
  sceneId: "scene-1",
  type: "police_presence",
  actor: "police",
  startDate: "2024-03-01",
  endDate: "",
  description: "  Förstärkt närvaro kvällstid fredag–lördag.  ",
};

const errorsOf = (result: { error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("createInterventionSchema", () => {
  it("accepts an ongoing intervention: no end, trimmed description", () => {
    expect(createInterventionSchema.parse(valid)).toEqual({
      sceneId: "scene-1",
      type: "police_presence",
      actor: "police",
      startDate: "2024-03-01",
      endDate: null,
      description: "Förstärkt närvaro kvällstid fredag–lördag.",
    });
  });

  it("accepts an end on the day it starts", () => {
    expect(createInterventionSchema.parse({ ...valid, endDate: "2024-03-01" }).endDate).toBe("2024-03-01");
  });

  it("gives every field's Swedish error at once", () => {
    const result = createInterventionSchema.safeParse({
      sceneId: "scene-1",
      type: "",
      actor: "mayor",
      startDate: "",
      endDate: "1 mars",
      description: " ",
    });
    expect(errorsOf(result)).toEqual({
      type: ["Välj typ av insats."],
      actor: ["Välj ansvarig aktör."],
      startDate: ["Ange startdatum som ÅÅÅÅ-MM-DD."],
      endDate: ["Ange slutdatum som ÅÅÅÅ-MM-DD, eller lämna fältet tomt."],
      description: ["Beskriv insatsen."],
    });
  });

  it("refuses a day that does not exist, and one outside the register's years", () => {
    expect(errorsOf(createInterventionSchema.safeParse({ ...valid, startDate: "2024-02-30" })).startDate).toEqual([
      "Ange startdatum som ÅÅÅÅ-MM-DD.",
    ]);
    expect(errorsOf(createInterventionSchema.safeParse({ ...valid, startDate: "0202-02-02" })).startDate).toEqual([
      "Ange ett datum mellan år 2000 och 2100.",
    ]);
  });

  it("refuses an end before the start, at the end date", () => {
    expect(errorsOf(createInterventionSchema.safeParse({ ...valid, endDate: "2024-02-29" }))).toEqual({
      endDate: ["Slutdatum kan inte ligga före startdatum."],
    });
  });

  it("does not compare the period when the start is itself wrong", () => {
    expect(errorsOf(createInterventionSchema.safeParse({ ...valid, startDate: "x", endDate: "2024-01-01" }))).toEqual({
      startDate: ["Ange startdatum som ÅÅÅÅ-MM-DD."],
    });
  });

  it("allows a description of 4000 characters, not more", () => {
    expect(createInterventionSchema.safeParse({ ...valid, description: "a".repeat(4000) }).success).toBe(true);
    expect(errorsOf(createInterventionSchema.safeParse({ ...valid, description: "a".repeat(4001) })).description).toEqual([
      "Beskrivningen får vara högst 4000 tecken.",
    ]);
  });
});

describe("updateInterventionSchema", () => {
  it("needs the id and the version it started from, coerced from the form", () => {
    const fields = { type: valid.type, actor: valid.actor, startDate: valid.startDate, description: valid.description };
    expect(updateInterventionSchema.parse({ ...fields, id: "i-1", version: "3" })).toMatchObject({ id: "i-1", version: 3, endDate: null });
    expect(updateInterventionSchema.safeParse({ ...fields, id: "i-1" }).success).toBe(false);
  });
});

describe("evaluateInterventionSchema", () => {
  it("takes an effect from the codes and the evaluation's text", () => {
    expect(evaluateInterventionSchema.parse({ id: "i-1", version: "2", effect: "positive", evaluation: " Färre larm. " })).toEqual({
      id: "i-1",
      version: 2,
      effect: "positive",
      evaluation: "Färre larm.",
    });
  });

  it("refuses an unknown effect and an empty evaluation, at their fields", () => {
    expect(errorsOf(evaluateInterventionSchema.safeParse({ id: "i-1", version: "2", effect: "great", evaluation: "" }))).toEqual({
      effect: ["Välj den bedömda effekten."],
      evaluation: ["Beskriv utvärderingen."],
    });
  });
});

describe("interventionFiltersSchema", () => {
  it("reads known values, the year from `ar`, and drops the rest", () => {
    expect(
      interventionFiltersSchema.parse({
        type: "drug_controls",
        actor: "nobody",
        municipality: "0123",
        policeArea: "",
        ar: "2024",
        page: "2",
      }),
    ).toEqual({
      type: "drug_controls",
      actor: undefined,
      municipality: "0123",
      policeArea: undefined,
      year: 2024,
      page: 2,
    });
  });
});

describe("readExportFilters", () => {
  it("reads the filters of the query string", () => {
    expect(readExportFilters(new URLSearchParams("type=drug_controls&ar=2024&municipality="))).toEqual({
      ok: true,
      filters: { type: "drug_controls", year: 2024, page: 1 },
    });
  });

  it("names a filter whose value it cannot read", () => {
    expect(readExportFilters(new URLSearchParams("ar=20x4"))).toEqual({ ok: false, param: "ar" });
    expect(readExportFilters(new URLSearchParams("ar=2009"))).toEqual({ ok: false, param: "ar" });
    expect(readExportFilters(new URLSearchParams("actor=mayor"))).toEqual({ ok: false, param: "actor" });
  });
});

describe("interventionExportPaths", () => {
  it("carries the filters, not the page, to both files", () => {
    expect(interventionExportPaths({ type: "drug_controls", year: 2024, page: 3 })).toEqual({
      csv: "/api/v1/exports/interventions.csv?type=drug_controls&ar=2024",
      xlsx: "/api/v1/exports/interventions.xlsx?type=drug_controls&ar=2024",
    });
  });
});

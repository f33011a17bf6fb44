import { describe, expect, it } from "vitest";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { questionnaireForYear, readImportAnswers } from "./answers";
import { resolvePlace, type ImportReference } from "./attribution";
import { formatPath, importAssessmentSchema, type ImportIssue } from "./format";

const reference: ImportReference = {
  municipalities: new Map([
    ["0180", { name: "Stockholm" }],
    ["0123", { name: "Järfälla" }],
  ]),
  policeAreas: new Map([
    ["Norrmalm", { id: "lpo-n", name: "Norrmalm" }],
    ["Järfälla", { id: "lpo-j", name: "Järfälla" }],
  ]),
  districts: new Map([["Kungsholmen", { id: "d-k", name: "Kungsholmen", municipalityCode: "0180" }]]),
  coverages: [
    { policeArea: "Norrmalm", municipalityCode: "0180", district: "Kungsholmen", validFrom: null, validTo: "2024-12-31" },
    { policeArea: "Järfälla", municipalityCode: "0123", district: null, validFrom: null, validTo: null },
  ],
  questionnaires: new Map(),
  existingScenes: new Map(),
};

describe("formatPath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(formatPath(["scenes", 3, "assessments", 0, "year"])).toBe("scenes[3].assessments[0].year");
    expect(formatPath([])).toBe("");
  });
});

describe("resolvePlace", () => {
  const kungsholmen = { municipalityCode: "0180", policeArea: "Norrmalm", district: "Kungsholmen" };

  it("accepts an LPO on a day it covered the district, and refuses it after", () => {
    expect(resolvePlace(reference, kungsholmen, "2024-12-31")).toEqual({
      place: { municipalityCode: "0180", policeAreaId: "lpo-n", districtId: "d-k" },
      issues: [],
    });
    expect(resolvePlace(reference, kungsholmen, "2025-12-31").issues).toEqual([
      {
        field: "policeArea",
        kind: "coverage",
        message: "Lokalpolisområde Norrmalm omfattade inte stadsdelsområde Kungsholmen den 2025-12-31.",
      },
    ]);
  });

  it("reports unknown names and the district rule", () => {
    expect(
      resolvePlace(reference, { municipalityCode: "0999", policeArea: "Okänt", district: null }, "2024-12-31").issues.map((i) => i.message),
    ).toEqual(["Okänd kommunkod 0999.", "Okänt lokalpolisområde Okänt."]);
    expect(
      resolvePlace(reference, { municipalityCode: "0180", policeArea: "Norrmalm", district: null }, "2024-12-31").issues[0]?.kind,
    ).toBe("rule");
    expect(
      resolvePlace(reference, { municipalityCode: "0123", policeArea: "Järfälla", district: "Kungsholmen" }, "2024-12-31").issues[0]?.field,
    ).toBe("district");
  });
});

describe("questionnaireForYear", () => {
  it("copies the latest earlier version, or starts from the first version", () => {
    const stored = new Map([
      [2021, questionnaireSchema.parse({ ...questionnaireVersion1(2021), sections: questionnaireVersion1(2021).sections.slice(0, 1) })],
    ]);
    expect(questionnaireForYear(stored, 2024)).toMatchObject({ year: 2024, sections: [{ code: "classification" }] });
    expect(questionnaireForYear(stored, 2017).sections.length).toBeGreaterThan(1);
  });
});

describe("readImportAnswers", () => {
  const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2024));
  const read = (input: Record<string, unknown>) => {
    const issues: ImportIssue[] = [];
    const answers = readImportAnswers(importAssessmentSchema.parse({ year: 2024, status: "draft", ...input }), questionnaire, "a", issues);
    return { answers, issues };
  };

  it("maps the named fields to their questions", () => {
    expect(read({ isOpenDrugScene: false, development: "ceased", answers: { adjoins: ["metro"] } })).toEqual({
      answers: { is_open_drug_scene: false, development: "ceased", adjoins: ["metro"] },
      issues: [],
    });
  });

  it("refuses wrong types, unknown options, answers given twice and unknown questions", () => {
    const { answers, issues } = read({
      isOpenDrugScene: true,
      mainSubstance: "tea",
      answers: { is_open_drug_scene: true, adjoins: "metro", colour: "red" },
    });
    expect(answers).toBeNull();
    expect(issues.map((i) => i.path)).toEqual(["a.isOpenDrugScene", "a.answers.adjoins", "a.answers.colour", "a.mainSubstance"]);
  });
});

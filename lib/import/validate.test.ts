import { describe, expect, it } from "vitest";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { questionnaireForYear, readImportAnswers } from "./answers";
import { resolvePlace, type ImportReference } from "./attribution";
import {
  formatPath,
  IMPORT_FORMAT,
  importAssessmentSchema,
  parseImportFile,
  type ImportAssessment,
  type ImportIssue,
  type ParsedScene,
} from "./format";
import { findUnreported, validateImport } from "./validate";

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
  draftYears: new Set(),
  boundaries: null,
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

describe("validateImport", () => {
  const withSundbyberg: ImportReference = {
    ...reference,
    municipalities: new Map([...reference.municipalities, ["0183", { name: "Sundbyberg" }]]),
    policeAreas: new Map([...reference.policeAreas, ["Solna", { id: "lpo-s", name: "Solna" }]]),
    coverages: [...reference.coverages, { policeArea: "Solna", municipalityCode: "0183", district: null, validFrom: null, validTo: null }],
  };
  const scene = { ref: "KH-1", name: "Plats", municipalityCode: "0180", policeArea: "Norrmalm", district: "Kungsholmen" };
  const validate = (assessments: unknown[]) =>
    validateImport(
      parseImportFile({ format: IMPORT_FORMAT, scenes: [{ ...scene, location: { lat: 59.33, lng: 18.03 }, assessments }] }),
      withSundbyberg,
      "2024-06-01",
    );

  it("reports a district taken over from the scene where the assessment's municipality has none", () => {
    const result = validate([
      { year: 2021, status: "draft", municipalityCode: "0183", policeArea: "Solna" },
      { year: 2022, status: "draft", municipalityCode: "0183", policeArea: "Solna", district: null },
      { year: 2023, status: "draft" },
    ]);
    expect(result.issues).toEqual([
      {
        path: "scenes[0].assessments[0].district",
        message: "Stadsdelsområde (district) anges bara för platser i Stockholms stad (0180). (platsens uppgift)",
      },
    ]);
    expect(result.plan).toEqual([]);
    expect(validate([{ year: 2022, status: "draft", municipalityCode: "0183", policeArea: "Solna", district: null }]).plan).toMatchObject([
      { ref: "KH-1", districtId: "d-k", assessments: [{ year: 2022, municipalityCode: "0183", policeAreaId: "lpo-s", districtId: null }] },
    ]);
  });

  it("checks the rest of a record whose fields are partly malformed", () => {
    const result = validate([
      { year: "2023", status: "draft", policeArea: "Okänt", answers: { colour: "red" } },
      { year: 2009, status: "x" },
    ]);
    expect(result.issues.map((i) => i.path)).toEqual([
      "scenes[0].assessments[0].policeArea",
      "scenes[0].assessments[0].year",
      "scenes[0].assessments[1].status",
      "scenes[0].assessments[1].year",
    ]);
  });
});

describe("findUnreported", () => {
  const parsed = (assessments: Partial<ImportAssessment>[]): ParsedScene[] => [
    {
      index: 0,
      fields: { ref: "A" },
      malformed: new Set(),
      wellFormed: true,
      assessmentCount: assessments.length,
      assessments: assessments.map((fields, index) => ({ index, fields, malformed: new Set(), wellFormed: true })),
    },
  ];
  const scenes = parsed([{ year: 2023 }, { year: 2024, district: null }]);

  it("names a record that was neither accepted nor reported", () => {
    expect(findUnreported(scenes, new Set(["scenes[0]", "scenes[0].assessments[0]"]), [])).toEqual(["scenes[0].assessments[1]"]);
    expect(findUnreported(scenes, new Set(), [])).toEqual(["scenes[0]", "scenes[0].assessments[0]", "scenes[0].assessments[1]"]);
  });

  it("takes an issue at the record, within it, or at a scene's field the assessment takes over", () => {
    const issue = (path: string) => ({ path, message: "fel" });
    expect(findUnreported(scenes, new Set(), [issue("scenes[0].assessments[1].year"), issue("scenes[0].assessments[0]")])).toEqual([]);
    // The first assessment takes the district over from its scene; the second gives its own.
    expect(findUnreported(scenes, new Set(), [issue("scenes[0].district")])).toEqual(["scenes[0].assessments[1]"]);
  });
});

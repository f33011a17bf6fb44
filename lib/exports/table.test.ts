import { describe, expect, it } from "vitest";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { buildSceneTable } from "./table";
import type { ExportScene } from "./types";

const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2024));

const scene: ExportScene = {
  ref: "S-0001",
  name: "Rinkeby torg",
  municipalityCode: "0180",
  municipalityName: "Stockholm",
  policeArea: "Järva",
  district: "Rinkeby-Kista",
  status: "COSIGNED",
  isOpenDrugScene: true,
  development: "unchanged",
  mainSubstance: "cannabis",
  areaM2: 1200.5,
  lat: 59.388,
  lng: 17.928,
  extent: null,
  answers: {
    is_open_drug_scene: true,
    development: "unchanged",
    symptoms: ["unsafe", "nuisance"],
    site_description: "Torg",
    main_substance: "cannabis",
  },
};

function cell(table: ReturnType<typeof buildSceneTable>, row: number, key: string) {
  return table.rows[row]?.[table.columns.findIndex((c) => c.key === key)];
}

describe("buildSceneTable", () => {
  const table = buildSceneTable(questionnaire, [scene]);
  const keys = table.columns.map((c) => c.key);

  it("starts with the scene's fields in a fixed order", () => {
    expect(keys.slice(0, 13)).toEqual([
      "ref",
      "name",
      "municipalityCode",
      "municipalityName",
      "policeArea",
      "district",
      "status",
      "isOpenDrugScene",
      "development",
      "mainSubstance",
      "areaM2",
      "lat",
      "lng",
    ]);
  });

  it("has a code and a text column for every choice question, one column for free text, no header twice", () => {
    expect(keys).toContain("symptoms");
    expect(keys).toContain("symptoms (text)");
    expect(keys).toContain("is_open_drug_scene (text)");
    expect(keys).toContain("site_description");
    expect(keys).not.toContain("site_description (text)");
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes codes joined by ; and their Swedish labels", () => {
    expect(cell(table, 0, "symptoms")).toBe("unsafe;nuisance");
    expect(cell(table, 0, "symptoms (text)")).toBe("Platsen uppfattas som otrygg; Platsen skapar obehag eller olägenhet för allmänheten");
    expect(cell(table, 0, "is_open_drug_scene")).toBe(true);
    expect(cell(table, 0, "is_open_drug_scene (text)")).toBe("Ja");
    expect(cell(table, 0, "development (text)")).toBe("Oförändrad");
    expect(cell(table, 0, "main_substance (text)")).toBe("Cannabis");
    expect(cell(table, 0, "areaM2")).toBe(1200.5);
  });

  it("leaves unanswered questions empty", () => {
    expect(cell(table, 0, "adjoins")).toBeNull();
    expect(cell(table, 0, "adjoins (text)")).toBeNull();
    expect(cell(table, 0, "police_notes")).toBeNull();
  });

  it("has only the scene's fields for a year without a questionnaire", () => {
    expect(buildSceneTable(null, [scene]).columns).toHaveLength(13);
  });
});

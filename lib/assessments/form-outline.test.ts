import { describe, expect, it } from "vitest";
import { AREA_PART_ID, listErrorLinks, outlineAssessmentForm, summarizeParts } from "./form-outline";
import { questionnaireSchema } from "./questionnaire/definition";
import { questionnaireVersion1 } from "./questionnaire/version-1";

const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2026));

/** A form that answers everything a submission requires of a scene in Järfälla. */
const complete = {
  municipalityCode: "0123",
  policeAreaId: "lpo-jarfalla",
  districtId: "",
  extent: '{"type":"Polygon","coordinates":[]}',
  "q.is_open_drug_scene": "yes",
  "q.development": "unchanged",
  "q.symptoms": ["unsafe"],
  "q.site_description": "Torget.",
  "q.minors_present": "no",
  "q.criminal_networks": "unknown",
  "q.main_substance": "cannabis",
};

const states = (values: Record<string, string | string[]>, errors = {}) =>
  Object.fromEntries(summarizeParts(outlineAssessmentForm(questionnaire, values), errors).map((p) => [p.id, p]));

describe("outlineAssessmentForm", () => {
  it("lists the questionnaire's sections with the area and extent second: eight parts", () => {
    const parts = outlineAssessmentForm(questionnaire, {});
    expect(parts.map((p) => p.id)).toEqual([
      "classification",
      AREA_PART_ID,
      "symptoms",
      "site",
      "actors",
      "substances",
      "police",
      "partners",
    ]);
    expect(parts[1]?.fields.map((f) => f.name)).toEqual(["municipalityCode", "policeAreaId", "districtId", "extent"]);
  });

  it("requires the answers a scene needs only when the place is a scene, as the submission does", () => {
    const scene = outlineAssessmentForm(questionnaire, { "q.is_open_drug_scene": "yes", municipalityCode: "0180" });
    const notScene = outlineAssessmentForm(questionnaire, { "q.is_open_drug_scene": "no", municipalityCode: "0123" });
    const required = (parts: typeof scene) => parts.flatMap((p) => p.fields.filter((f) => f.required).map((f) => f.name));
    expect(required(scene)).toEqual(expect.arrayContaining(["q.symptoms", "q.main_substance", "extent", "districtId"]));
    expect(required(notScene)).not.toEqual(expect.arrayContaining(["q.symptoms"]));
    expect(required(notScene)).not.toContain("q.main_substance");
    expect(required(notScene)).not.toContain("extent");
    expect(required(notScene)).not.toContain("districtId");
  });
});

describe("summarizeParts", () => {
  it("counts answered of required per part and calls a complete part done", () => {
    const parts = states(complete);
    expect(Object.values(parts).map((p) => p.state)).toEqual(Array(8).fill("done"));
    expect(parts.classification).toMatchObject({ required: 2, answered: 2, errors: 0 });
    expect(parts.police).toMatchObject({ required: 0, answered: 0, state: "done" });
  });

  it("marks a part missing while a required answer is blank, whitespace or an empty choice", () => {
    const parts = states({ ...complete, "q.site_description": "  ", "q.symptoms": [] });
    expect(parts.site).toMatchObject({ required: 1, answered: 0, state: "missing" });
    expect(parts.symptoms).toMatchObject({ required: 1, answered: 0, state: "missing" });
    expect(parts.actors?.state).toBe("done");
  });

  it("marks a part with errors as such, even when every required answer is given", () => {
    const parts = states(complete, { "q.actors_notes": ["Texten innehåller ett personnummer."], extent: ["Fel"] });
    expect(parts.actors).toMatchObject({ errors: 1, state: "error" });
    expect(parts[AREA_PART_ID]).toMatchObject({ errors: 1, state: "error" });
  });
});

describe("listErrorLinks", () => {
  it("lists the fields with errors in the form's order, each linked to its field by id", () => {
    const parts = outlineAssessmentForm(questionnaire, complete);
    const links = listErrorLinks(parts, {
      "q.main_substance": ["Besvara frågan."],
      extent: ["Rita utbredningen."],
      "q.is_open_drug_scene": ["Besvara frågan."],
      "q.development": [],
    });
    expect(links).toEqual([
      {
        name: "q.is_open_drug_scene",
        label: "Är platsen en öppen drogscen i år enligt definitionen?",
        messages: ["Besvara frågan."],
        href: "#field-q.is_open_drug_scene",
      },
      { name: "extent", label: "Utbredning det året", messages: ["Rita utbredningen."], href: "#field-extent" },
      { name: "q.main_substance", label: "Huvudsakligt preparat", messages: ["Besvara frågan."], href: "#field-q.main_substance" },
    ]);
  });

  it("keeps an error of a field the form does not show, unlinked", () => {
    const links = listErrorLinks(outlineAssessmentForm(questionnaire, {}), { version: ["Ogiltigt värde."] });
    expect(links).toEqual([{ name: "version", label: "version", messages: ["Ogiltigt värde."], href: null }]);
  });
});

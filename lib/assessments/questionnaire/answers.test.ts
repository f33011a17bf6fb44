import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { questionnaireSchema } from "./definition";
import { buildAnswersSchema } from "./answers";
import { questionnaireVersion1 } from "./version-1";

const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2026));
const draft = buildAnswersSchema(questionnaire, "draft");
const submit = buildAnswersSchema(questionnaire, "submit");

const complete = {
  is_open_drug_scene: "yes",
  development: "unchanged",
  symptoms: ["unsafe", "nuisance"],
  site_description: "Torget vid tunnelbanans uppgång.",
  minors_present: "no",
  criminal_networks: "unknown",
  main_substance: "cannabis",
};

const errors = (schema: typeof draft, input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("the version 1 definition", () => {
  it("is valid and has the stable codes", () => {
    const codes = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.code));
    expect(codes).toEqual(
      expect.arrayContaining(["symptoms", "main_substance", "development", "is_open_drug_scene", "police_actions", "partners"]),
    );
    const symptoms = questionnaire.sections.find((s) => s.code === "symptoms")!.questions[0]!;
    expect("options" in symptoms && symptoms.options.map((o) => o.code)).toEqual([
      "nuisance",
      "unsafe",
      "crime_hotspot",
      "attracts_vulnerable",
      "youth_warned",
      "public_avoids",
      "tolerance_zone",
    ]);
  });

  it("refuses a definition that uses a code twice", () => {
    const broken = questionnaireVersion1(2026);
    broken.sections[1]!.questions.push({ kind: "text", code: "symptoms", label: "Dubblett" });
    expect(questionnaireSchema.safeParse(broken).success).toBe(false);
  });
});

describe("buildAnswersSchema", () => {
  it("turns form input into typed answers and drops what was left empty", () => {
    expect(submit.parse({ ...complete, actors_notes: "  ", other_substances: [] })).toEqual({
      is_open_drug_scene: true,
      development: "unchanged",
      symptoms: ["unsafe", "nuisance"],
      site_description: "Torget vid tunnelbanans uppgång.",
      minors_present: "no",
      criminal_networks: "unknown",
      main_substance: "cannabis",
    });
  });

  it("lets a draft be incomplete but a submission not", () => {
    expect(draft.parse({ development: "new" })).toEqual({ development: "new" });
    expect(Object.keys(errors(submit, { development: "new" })).sort()).toEqual([
      "criminal_networks",
      "is_open_drug_scene",
      "minors_present",
      "site_description",
    ]);
  });

  it("requires symptoms and the main substance only for an open drug scene", () => {
    expect(errors(submit, { ...complete, symptoms: [], main_substance: "" })).toMatchObject({
      symptoms: ["Välj minst ett alternativ innan bedömningen skickas."],
      main_substance: ["Besvara frågan innan bedömningen skickas."],
    });
    expect(errors(submit, { ...complete, is_open_drug_scene: "no", development: "ceased", symptoms: [], main_substance: "" })).toEqual({});
  });

  it("refuses an option the definition does not have, in a draft too", () => {
    expect(errors(draft, { main_substance: "tobacco" }).main_substance).toEqual(["Välj ett av alternativen."]);
    expect(errors(draft, { symptoms: ["unsafe", "noise"] }).symptoms).toEqual(["Välj ett av alternativen."]);
  });

  it("refuses a personal identity number in free text, in a draft too", () => {
    expect(errors(draft, { actors_notes: "Säljaren har pnr 19811218-9876" }).actors_notes?.[0]).toMatch(
      /personnummer eller samordningsnummer/,
    );
  });
});

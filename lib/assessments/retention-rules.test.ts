import { describe, expect, it } from "vitest";
import { questionnaireSchema } from "./questionnaire/definition";
import { questionnaireVersion1 } from "./questionnaire/version-1";
import { eventWithoutFreeText, getClosedSince, getRetentionCutoff, listFreeTextCodes, withoutFreeText } from "./retention-rules";

const codes = listFreeTextCodes(questionnaireSchema.parse(questionnaireVersion1(2024)));

describe("listFreeTextCodes", () => {
  it("names the text questions and no choice, yes/no or single question", () => {
    expect(codes).toEqual([
      "classification_notes",
      "site_description",
      "actors_notes",
      "substances_notes",
      "police_notes",
      "partners_notes",
    ]);
  });
});

describe("getClosedSince", () => {
  it("counts from the end of the last year followed (midnight in Stockholm) when the scene was closed within it", () => {
    expect(getClosedSince(2022, new Date("2022-06-01T10:00:00Z")).toISOString()).toBe("2022-12-31T23:00:00.000Z");
    expect(getClosedSince(2022, null).toISOString()).toBe("2022-12-31T23:00:00.000Z");
  });

  it("counts from the closing when the scene was closed after its last year", () => {
    expect(getClosedSince(2020, new Date("2025-03-04T08:00:00Z")).toISOString()).toBe("2025-03-04T08:00:00.000Z");
  });
});

describe("getRetentionCutoff", () => {
  it("goes back whole calendar years", () => {
    expect(getRetentionCutoff(new Date("2026-12-02T12:00:00Z"), 3).toISOString()).toBe("2023-12-02T12:00:00.000Z");
  });
});

describe("withoutFreeText", () => {
  it("removes the text answers and keeps the choices", () => {
    const answers = { is_open_drug_scene: true, symptoms: ["unsafe"], site_description: "Vid kiosken", police_notes: "Patrull" };
    expect(withoutFreeText(answers, codes)).toEqual({
      answers: { is_open_drug_scene: true, symptoms: ["unsafe"] },
      cleared: ["site_description", "police_notes"],
    });
  });

  it("returns the same answers when there is no text", () => {
    const answers = { symptoms: ["unsafe"] };
    expect(withoutFreeText(answers, codes).answers).toBe(answers);
  });
});

describe("eventWithoutFreeText", () => {
  const snapshot = { sceneRef: "S-0001", answers: { symptoms: ["unsafe"], site_description: "Vid kiosken" } };
  const cleared = { sceneRef: "S-0001", answers: { symptoms: ["unsafe"] } };

  it("clears the text answers from both snapshots and a return's reason", () => {
    const event = { type: "assessment.returned", before: snapshot, after: snapshot, comment: "Fel person nämnd" };
    expect(eventWithoutFreeText(event, codes)).toEqual({ type: "assessment.returned", before: cleared, after: cleared, comment: null });
  });

  it("keeps an import's comment, which names its file, and leaves an event without free text alone", () => {
    const imported = { type: "assessment.imported", before: null, after: snapshot, comment: "Import: fil.csv" };
    expect(eventWithoutFreeText(imported, codes)).toEqual({ ...imported, after: cleared });
    expect(eventWithoutFreeText({ type: "assessment.saved", before: cleared, after: cleared, comment: null }, codes)).toBeNull();
    expect(eventWithoutFreeText({ type: "assessment.viewed", before: null, after: null, comment: null }, codes)).toBeNull();
  });
});

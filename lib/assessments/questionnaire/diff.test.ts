import { describe, expect, it } from "vitest";
import { describeDefinitionChange } from "@/lib/audit/describe-questionnaire";
import { describeQuestionnaireChange } from "./change-text";
import { questionnaireSchema, type Questionnaire } from "./definition";
import { diffQuestionnaires } from "./diff";
import { applyEdit, type QuestionnaireEdit } from "./edit";
import { questionnaireVersion1 } from "./version-1";

const v2026 = questionnaireSchema.parse(questionnaireVersion1(2026));

function edited(...edits: QuestionnaireEdit[]): Questionnaire {
  return edits.reduce(
    (q, edit) => {
      const result = applyEdit(q, edit, []);
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.questionnaire;
    },
    questionnaireSchema.parse(questionnaireVersion1(2027)),
  );
}

describe("diffQuestionnaires", () => {
  it("finds nothing between two years that ask the same, whatever their year", () => {
    expect(diffQuestionnaires(v2026, edited())).toEqual([]);
  });

  it("lists added and retired options, added questions, changed labels and requirements, in the newer order", () => {
    const v2027 = edited(
      { op: "rename-question", question: "development", label: "Utveckling sedan föregående år" },
      { op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true },
      { op: "add-option", question: "symptoms", code: "near_school", label: "Nära skola" },
      { op: "rename-option", question: "adjoins", option: "metro", label: "Tunnelbanestation" },
      { op: "set-required", question: "adjoins", required: true },
      { op: "add-question", section: "site", kind: "text", code: "lighting_notes", label: "Belysning", required: false, options: [] },
    );
    expect(diffQuestionnaires(v2026, v2027)).toEqual([
      {
        kind: "question-label",
        question: "development",
        questionLabel: "Utveckling sedan föregående år",
        from: "Utveckling sedan förra året",
        to: "Utveckling sedan föregående år",
      },
      {
        kind: "option-retired",
        question: "symptoms",
        questionLabel: "Symtom på platsen",
        option: "tolerance_zone",
        optionLabel: "Platsen är en informell zon av tolerans för avvikande beteende",
      },
      {
        kind: "option-added",
        question: "symptoms",
        questionLabel: "Symtom på platsen",
        option: "near_school",
        optionLabel: "Nära skola",
        retired: false,
      },
      {
        kind: "question-required",
        question: "adjoins",
        questionLabel: "Platsen ligger vid",
        from: { required: false },
        to: { required: true },
      },
      {
        kind: "option-label",
        question: "adjoins",
        questionLabel: "Platsen ligger vid",
        option: "metro",
        optionLabel: "Tunnelbanestation",
        from: "Tunnelbana",
        to: "Tunnelbanestation",
      },
      { kind: "question-added", question: "lighting_notes", questionLabel: "Belysning", section: "Fysisk plats", questionKind: "text" },
    ]);
  });

  it("reads the other way: a restored option, and what is gone", () => {
    const retired = edited({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true });
    expect(diffQuestionnaires(retired, v2026).map((c) => c.kind)).toEqual(["option-restored"]);
    const longer = edited({
      op: "add-question",
      section: "site",
      kind: "boolean",
      code: "lit",
      label: "Upplyst?",
      required: false,
      options: [],
    });
    expect(diffQuestionnaires(longer, v2026)).toEqual([{ kind: "question-removed", question: "lit", questionLabel: "Upplyst?" }]);
    const moreOptions = edited({ op: "add-option", question: "adjoins", code: "library", label: "Bibliotek" });
    expect(diffQuestionnaires(moreOptions, v2026)).toEqual([
      { kind: "option-removed", question: "adjoins", questionLabel: "Platsen ligger vid", option: "library", optionLabel: "Bibliotek" },
    ]);
  });

  it("tells a conditional requirement from a plain one", () => {
    const plain = questionnaireSchema.parse({
      ...questionnaireVersion1(2027),
      sections: questionnaireVersion1(2027).sections.map((s) => ({
        ...s,
        questions: s.questions.map((q) => (q.code === "symptoms" ? { ...q, requiredIf: undefined, required: true } : q)),
      })),
    });
    const [change] = diffQuestionnaires(v2026, plain);
    expect(change).toMatchObject({
      kind: "question-required",
      from: { required: false, when: { question: "is_open_drug_scene", equals: true } },
    });
    expect(describeQuestionnaireChange(change!, plain)).toEqual({
      subject: "Symtom på platsen (symptoms)",
      change: "Ändrat krav",
      before: "Obligatorisk när ”Är platsen en öppen drogscen i år enligt definitionen?” är Ja",
      after: "Obligatorisk",
    });
  });
});

describe("the changes in words", () => {
  it("names the question and the option by label and code, for the comparison page", () => {
    const v2027 = edited({ op: "add-option", question: "symptoms", code: "near_school", label: "Nära skola" });
    const [added] = diffQuestionnaires(v2026, v2027);
    expect(describeQuestionnaireChange(added!, v2027)).toEqual({
      subject: "Symtom på platsen (symptoms): Nära skola (near_school)",
      change: "Nytt alternativ",
      before: "",
      after: "Nära skola",
    });
  });

  it("reads an audit event's definitions as these changes, and a new version as its size", () => {
    const v2027 = edited({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true });
    expect(describeDefinitionChange(v2026, v2027)).toEqual([
      {
        key: "definition.0",
        label: "Utgånget alternativ",
        value:
          "Symtom på platsen (symptoms): Platsen är en informell zon av tolerans för avvikande beteende (tolerance_zone): Erbjuds → Utgått",
      },
    ]);
    expect(describeDefinitionChange(undefined, v2027)).toEqual([{ key: "definition", label: "Frågor", value: "18 frågor i 7 avsnitt" }]);
    expect(describeDefinitionChange({ not: "a definition" }, v2027)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { questionnaireSchema, findQuestion, type Questionnaire } from "./definition";
import { applyEdit, type EditResult, type NewOption, type QuestionnaireEdit } from "./edit";
import { offeredOptions } from "./offered";
import { questionnaireVersion1 } from "./version-1";

const v2026 = questionnaireSchema.parse(questionnaireVersion1(2026));
const v2027 = questionnaireSchema.parse(questionnaireVersion1(2027));
const history = [{ year: 2026, questionnaire: v2026 }];

const apply = (edit: QuestionnaireEdit, base: Questionnaire = v2027) => applyEdit(base, edit, history);

function applied(result: EditResult): Questionnaire {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.questionnaire;
}

const options = (q: Questionnaire, code: string) => {
  const question = findQuestion(q, code);
  return question && "options" in question ? question.options : [];
};

describe("adding an option", () => {
  it("appends it, or places it before the option named, and leaves the input as it was", () => {
    const last = applied(apply({ op: "add-option", question: "symptoms", code: "near_school", label: "Nära skola" }));
    expect(options(last, "symptoms").at(-1)).toEqual({ code: "near_school", label: "Nära skola" });
    const before = applied(apply({ op: "add-option", question: "adjoins", code: "library", label: "Bibliotek", before: "other" }));
    expect(
      options(before, "adjoins")
        .map((o) => o.code)
        .slice(-2),
    ).toEqual(["library", "other"]);
    expect(options(v2027, "symptoms")).toHaveLength(7);
  });

  it("refuses a code the question has, a retired one too, at the code field", () => {
    expect(apply({ op: "add-option", question: "symptoms", code: "unsafe", label: "Otrygg" })).toEqual({
      ok: false,
      fieldErrors: { code: ["Frågan har redan alternativet ”Platsen uppfattas som otrygg” med den koden."] },
    });
    const retired = applied(apply({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true }));
    expect(apply({ op: "add-option", question: "symptoms", code: "tolerance_zone", label: "Annat" }, retired)).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringMatching(/utgångna alternativet .*Återinför det i stället/)] },
    });
  });

  it("refuses a code an earlier year used for another option of the question, but lets the same option return", () => {
    const earlier = [
      {
        year: 2025,
        questionnaire: applied(applyEdit(v2026, { op: "add-option", question: "symptoms", code: "noise", label: "Buller" }, [])),
      },
    ];
    expect(applyEdit(v2027, { op: "add-option", question: "symptoms", code: "noise", label: "Nedskräpning" }, earlier)).toMatchObject({
      ok: false,
      fieldErrors: { code: ["Koden användes 2025 för alternativet ”Buller”. Välj en ny kod, så att åren inte blandas ihop i exporterna."] },
    });
    expect(applyEdit(v2027, { op: "add-option", question: "symptoms", code: "noise", label: "buller" }, earlier).ok).toBe(true);
  });

  it("lets another question have the same option code", () => {
    expect(apply({ op: "add-option", question: "symptoms", code: "other", label: "Annat" }).ok).toBe(true);
  });

  it("refuses a malformed code and an option for a question without options", () => {
    expect(apply({ op: "add-option", question: "symptoms", code: "Nära-skola", label: "Nära skola" })).toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/små bokstäver/)] },
    });
    expect(apply({ op: "add-option", question: "site_description", code: "x", label: "X" })).toEqual({
      ok: false,
      formError: "Frågan har inga alternativ.",
    });
  });
});

describe("retiring and restoring an option", () => {
  it("keeps the option with its label, marked retired, and restores it", () => {
    const retired = applied(apply({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true }));
    expect(options(retired, "symptoms").find((o) => o.code === "tolerance_zone")).toEqual({
      code: "tolerance_zone",
      label: "Platsen är en informell zon av tolerans för avvikande beteende",
      retired: true,
    });
    const restored = applied(apply({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: false }, retired));
    expect(restored).toEqual(v2027);
  });

  it("refuses to leave a single-choice question with fewer than two options offered", () => {
    const one = applied(apply({ op: "retire-option", question: "minors_present", option: "unknown", retired: true }));
    expect(apply({ op: "retire-option", question: "minors_present", option: "no", retired: true }, one)).toEqual({
      ok: false,
      formError: "Alternativet kan inte utgå: frågan måste erbjuda minst 2 alternativ.",
    });
  });

  it("is not offered in a new form, but shown, marked, to an answer that holds it", () => {
    const retired = applied(apply({ op: "retire-option", question: "symptoms", option: "tolerance_zone", retired: true }));
    const symptoms = options(retired, "symptoms");
    expect(offeredOptions(symptoms, []).map((o) => o.code)).not.toContain("tolerance_zone");
    expect(offeredOptions(symptoms, ["tolerance_zone"]).at(-1)).toEqual({
      code: "tolerance_zone",
      label: "Platsen är en informell zon av tolerans för avvikande beteende (utgått)",
    });
  });
});

describe("adding a question", () => {
  const question = { op: "add-question" as const, section: "site", required: false, options: [] as NewOption[] };

  it("appends it to its section with its options, keeping the codes given", () => {
    const added = applied(
      apply({
        ...question,
        kind: "single",
        code: "lighting",
        label: "Belysning",
        required: true,
        options: [
          { code: "good", label: "God" },
          { code: "poor", label: "Dålig" },
        ],
      }),
    );
    const site = added.sections.find((s) => s.code === "site")!;
    expect(site.questions.at(-1)).toEqual({
      kind: "single",
      code: "lighting",
      label: "Belysning",
      required: true,
      options: [
        { code: "good", label: "God" },
        { code: "poor", label: "Dålig" },
      ],
    });
  });

  it("refuses a code of the version, of an earlier year's other question, or of an export column", () => {
    expect(apply({ ...question, kind: "text", code: "partners", label: "Partner" })).toMatchObject({
      fieldErrors: { code: ["Koden används redan av frågan ”Möjliga samverkanspartner i området”."] },
    });
    const earlier = [
      { year: 2024, questionnaire: applied(applyEdit(v2026, { ...question, kind: "text", code: "lighting", label: "Belysning" }, [])) },
    ];
    expect(applyEdit(v2027, { ...question, kind: "boolean", code: "lighting", label: "Belysning" }, earlier)).toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/^Koden användes 2024 för frågan ”Belysning”/)] },
    });
    expect(applyEdit(v2027, { ...question, kind: "text", code: "lighting", label: "Belysning" }, earlier).ok).toBe(true);
    expect(apply({ ...question, kind: "text", code: "status", label: "Status" })).toMatchObject({
      fieldErrors: { code: ["Koden status är redan en kolumn i exporten. Välj en annan kod."] },
    });
  });

  it("asks for options only of a choice question, enough of them, each new, every error at once", () => {
    expect(apply({ ...question, kind: "single", code: "lighting", label: "Belysning", options: [{ code: "good", label: "God" }] })).toEqual(
      {
        ok: false,
        fieldErrors: { options: ["Ange minst 2 alternativ."] },
      },
    );
    expect(
      apply({ ...question, kind: "text", code: "lighting", label: "Belysning", options: [{ code: "good", label: "God" }] }),
    ).toMatchObject({
      fieldErrors: { options: [expect.stringMatching(/^Bara flervals- och envalsfrågor har alternativ/)] },
    });
    expect(
      apply({
        ...question,
        kind: "multi",
        code: "symptoms",
        label: "Dubblett",
        options: [{ code: "Bad", label: "X", line: 3 }],
      }),
    ).toMatchObject({
      fieldErrors: { code: [expect.stringMatching(/används redan/)], options: [expect.stringMatching(/^Rad 3: Koden får bara/)] },
    });
  });

  it("refuses an unknown section at the section field", () => {
    expect(apply({ ...question, section: "nowhere", kind: "text", code: "x", label: "X" })).toEqual({
      ok: false,
      fieldErrors: { section: ["Avsnittet finns inte i formuläret."] },
    });
  });
});

describe("rewording and requiring", () => {
  it("rewords a question's or an option's label and keeps its code", () => {
    const reworded = applied(apply({ op: "rename-question", question: "symptoms", label: "Problem på platsen" }));
    expect(findQuestion(reworded, "symptoms")?.label).toBe("Problem på platsen");
    const option = applied(apply({ op: "rename-option", question: "symptoms", option: "unsafe", label: "Otrygg plats" }));
    expect(options(option, "symptoms").find((o) => o.code === "unsafe")?.label).toBe("Otrygg plats");
  });

  it("makes a question required or optional, but leaves a conditional requirement alone", () => {
    const required = applied(apply({ op: "set-required", question: "adjoins", required: true }));
    expect(findQuestion(required, "adjoins")).toMatchObject({ required: true });
    expect(applied(apply({ op: "set-required", question: "adjoins", required: false }, required))).toEqual(v2027);
    expect(apply({ op: "set-required", question: "symptoms", required: true })).toEqual({
      ok: false,
      formError: "Frågans krav beror på ett annat svar och kan inte ändras här.",
    });
  });

  it("refuses a question or an option the version does not have", () => {
    expect(apply({ op: "rename-question", question: "nothing", label: "X" })).toEqual({
      ok: false,
      formError: "Frågan finns inte i formuläret. Ladda om sidan.",
    });
    expect(apply({ op: "rename-option", question: "symptoms", option: "nothing", label: "X" })).toEqual({
      ok: false,
      formError: "Alternativet finns inte. Ladda om sidan.",
    });
  });
});

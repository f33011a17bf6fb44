import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { questionnaireSchema } from "./definition";
import { addQuestionSchema } from "./schemas";
import { questionnaireVersion1 } from "./version-1";
import { listPreparableYears } from "./years";

const form = { year: "2027", version: "3", section: "site", kind: "single", code: "lighting", label: "Belysning" };

describe("the add-question form", () => {
  it("reads one option a line as code = text, skipping blank lines and keeping each line's number", () => {
    const parsed = addQuestionSchema.parse({ ...form, required: "on", options: "good = God\r\n\n  poor=Dålig, trasig  \n" });
    expect(parsed).toMatchObject({ year: 2027, version: 3, required: true });
    expect(parsed.options).toEqual([
      { code: "good", label: "God", line: 1 },
      { code: "poor", label: "Dålig, trasig", line: 3 },
    ]);
  });

  it("names every bad line at the options field, and a malformed code at its own", () => {
    const result = addQuestionSchema.safeParse({ ...form, code: "Belysning", options: "good = God\nbara text\ngood = Igen\n= Ingen kod" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      code: ["Koden får bara ha små bokstäver a–z, siffror och understreck och måste börja med en bokstav."],
      options: ["Rad 2: skriv kod = text.", "Rad 3: koden good står två gånger.", "Rad 4: skriv kod = text."],
    });
  });

  it("is optional without the box ticked, and refuses a year beyond next year", () => {
    expect(addQuestionSchema.parse({ ...form, kind: "text" })).toMatchObject({ required: false, options: [] });
    const far = addQuestionSchema.safeParse({ ...form, year: String(new Date().getFullYear() + 2) });
    expect(far.success).toBe(false);
  });
});

describe("the definition's invariants", () => {
  it("refuses an option code twice in a question, and a question left with too few options to choose from", () => {
    const base = questionnaireVersion1(2027);
    const withOptions = (options: { code: string; label: string; retired?: boolean }[]) => ({
      ...base,
      sections: [{ code: "s", title: "S", questions: [{ kind: "single" as const, code: "q", label: "Q", options }] }],
    });
    expect(
      questionnaireSchema.safeParse(
        withOptions([
          { code: "a", label: "A" },
          { code: "b", label: "B" },
        ]),
      ).success,
    ).toBe(true);
    expect(
      questionnaireSchema.safeParse(
        withOptions([
          { code: "a", label: "A" },
          { code: "a", label: "B" },
        ]),
      ).success,
    ).toBe(false);
    const oneLeft = withOptions([
      { code: "a", label: "A" },
      { code: "b", label: "B", retired: true },
      { code: "c", label: "C", retired: true },
    ]);
    expect(questionnaireSchema.safeParse(oneLeft).success).toBe(false);
  });
});

describe("listPreparableYears", () => {
  it("offers next year, and this year when it has no version", () => {
    expect(listPreparableYears([2025, 2026], 2026)).toEqual([2027]);
    expect(listPreparableYears([2025], 2026)).toEqual([2026, 2027]);
    expect(listPreparableYears([2026, 2027], 2026)).toEqual([]);
  });
});

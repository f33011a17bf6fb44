import { describe, expect, it } from "vitest";
import { decimalText, optionalText, parseDecimal, requiredText, whenValid } from "./fields";
import { z } from "./zod";

const messagesOf = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.message) ?? [];

describe("parseDecimal", () => {
  it("reads a decimal point or comma, and a sign", () => {
    expect([parseDecimal("59,388"), parseDecimal("59.388"), parseDecimal(" 12 "), parseDecimal("-3")]).toEqual([59.388, 59.388, 12, -3]);
  });

  it("is NaN for what is no decimal as typed", () => {
    for (const text of ["", "abc", "1e3", "0x10", "59.", ".5", "1.000,5", "5 000"]) expect(parseDecimal(text), text).toBeNaN();
  });
});

describe("the shared fields", () => {
  it("requiredText names the field when empty, missing or blank, and only then", () => {
    const name = requiredText("Ange namnet.").max(3);
    for (const value of ["", "   ", undefined]) expect(messagesOf(name.safeParse(value))).toEqual(["Ange namnet."]);
    expect(messagesOf(name.safeParse("fyra"))).toEqual(["Skriv högst 3 tecken."]);
    expect(name.parse(" abc ")).toBe("abc");
  });

  it("decimalText says which of empty and not a number", () => {
    const value = decimalText("Ange värdet.", "Ange ett tal.");
    expect(value.parse("0,42")).toBe(0.42);
    expect(messagesOf(value.safeParse(""))).toEqual(["Ange värdet."]);
    expect(messagesOf(value.safeParse("tolv"))).toEqual(["Ange ett tal."]);
  });

  it("optionalText reads an empty field as absent", () => {
    expect([optionalText.parse(""), optionalText.parse("  "), optionalText.parse(undefined), optionalText.parse(" x ")]).toEqual([
      undefined,
      undefined,
      undefined,
      "x",
    ]);
  });

  it("whenValid runs a cross-field rule beside other fields' errors, not on its own fields' errors", () => {
    const fields = z.object({ from: z.number(), to: z.number(), name: requiredText("Ange namnet.") });
    const schema = fields.superRefine(
      (v, ctx) => {
        if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "Slutet före början." });
      },
      whenValid<z.infer<typeof fields>>("from", "to"),
    );
    expect(messagesOf(schema.safeParse({ from: 2, to: 1, name: "" }))).toEqual(["Ange namnet.", "Slutet före början."]);
    expect(messagesOf(schema.safeParse({ from: "x", to: 1, name: "a" }))).toEqual(["Ange ett tal."]);
  });
});

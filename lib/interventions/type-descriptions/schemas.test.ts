import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { updateTypeDescriptionSchema } from "./schemas";

const errorsOf = (result: { error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("updateTypeDescriptionSchema", () => {
  it("takes a type of the list, the version read (0: none yet) and the trimmed text", () => {
    expect(updateTypeDescriptionSchema.parse({ type: "drug_controls", version: "0", description: "  Kontroller kvällstid.  " })).toEqual({
      type: "drug_controls",
      version: 0,
      description: "Kontroller kvällstid.",
    });
  });

  it("allows an empty text, which takes the description away", () => {
    expect(updateTypeDescriptionSchema.parse({ type: "other", version: "2", description: "  " }).description).toBe("");
  });

  it("allows 1000 characters, not more, and says so in Swedish at the field", () => {
    expect(updateTypeDescriptionSchema.safeParse({ type: "other", version: "1", description: "a".repeat(1000) }).success).toBe(true);
    expect(errorsOf(updateTypeDescriptionSchema.safeParse({ type: "other", version: "1", description: "a".repeat(1001) }))).toEqual({
      description: ["Beskrivningen får vara högst 1000 tecken."],
    });
  });

  it("refuses a type that is not in the list, and a version that is no count", () => {
    const errors = errorsOf(updateTypeDescriptionSchema.safeParse({ type: "mayor_visits", version: "-1", description: "" }));
    expect(errors.type).toEqual(["Insatstypen finns inte. Ladda om sidan och försök igen."]);
    expect(errors.version).toHaveLength(1);
  });
});

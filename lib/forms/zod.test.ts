import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";
import { createSceneSchema } from "@/lib/scenes/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { z } from "./zod";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.error.issues.map((issue) => issue.message);
};

describe("the Swedish error map", () => {
  it("states lengths of text in characters", () => {
    expect(messageOf(z.string().max(200), "x".repeat(201))).toEqual(["Skriv högst 200 tecken."]);
    expect(messageOf(z.string().min(10), "kort")).toEqual(["Skriv minst 10 tecken."]);
    expect(messageOf(z.string().length(4), "12345")).toEqual(["Skriv exakt 4 tecken."]);
    expect(messageOf(z.string().trim().min(1), "   ")).toEqual(["Fyll i fältet."]);
  });

  it("asks for a missing field and names the expected type of a wrong one", () => {
    expect(messageOf(z.object({ name: z.string() }), {})).toEqual(["Fyll i fältet."]);
    expect(messageOf(z.string(), 42)).toEqual(["Ange en text."]);
    expect(messageOf(z.number(), "tolv")).toEqual(["Ange ett tal."]);
    expect(messageOf(z.coerce.number(), "tolv")).toEqual(["Ange ett tal."]);
    expect(messageOf(z.number().int(), 1.5)).toEqual(["Ange ett heltal."]);
    expect(messageOf(z.boolean(), "ja")).toEqual(["Ange ja eller nej."]);
    expect(messageOf(z.array(z.string()), "a")).toEqual(["Ange en lista."]);
  });

  it("bounds numbers with a decimal comma, dates as days and lists by count", () => {
    expect(messageOf(z.number().max(1), 2)).toEqual(["Ange ett tal som är högst 1."]);
    expect(messageOf(z.number().lt(0.5), 0.5)).toEqual(["Ange ett tal under 0,5."]);
    expect(messageOf(z.number().min(2010), 2009)).toEqual(["Ange ett tal som är minst 2010."]);
    expect(messageOf(z.number().positive(), 0)).toEqual(["Ange ett tal över 0."]);
    expect(messageOf(z.number().multipleOf(5), 12)).toEqual(["Ange en multipel av 5."]);
    expect(messageOf(z.date().max(new Date("2024-12-31")), new Date("2025-01-01"))).toEqual(["Ange ett datum senast 2024-12-31."]);
    expect(messageOf(z.array(z.string()).min(2), ["a"])).toEqual(["Välj minst 2."]);
    expect(messageOf(z.array(z.string()).nonempty(), [])).toEqual(["Välj minst ett alternativ."]);
    expect(messageOf(z.array(z.string()).max(1), ["a", "b"])).toEqual(["Välj högst 1."]);
  });

  it("names formats and choices", () => {
    expect(messageOf(z.email(), "inte-en-adress")).toEqual(["Ange en giltig e-postadress."]);
    expect(messageOf(z.url(), "hej")).toEqual(["Ange en giltig webbadress."]);
    expect(messageOf(z.iso.date(), "2024-13-01")).toEqual(["Ange ett datum som ÅÅÅÅ-MM-DD."]);
    expect(messageOf(z.string().regex(/^\d{4}$/), "12")).toEqual(["Värdet har fel format."]);
    expect(messageOf(z.string().startsWith("S-"), "X-1")).toEqual(["Värdet måste börja med ”S-”."]);
    expect(messageOf(z.enum(["csv", "xlsx"]), "pdf")).toEqual(["Välj ett av alternativen: ”csv”, ”xlsx”."]);
    expect(messageOf(z.literal(true), false)).toEqual(["Värdet måste vara true."]);
  });

  it("covers the structural rules too", () => {
    expect(messageOf(z.strictObject({ a: z.string() }), { a: "x", b: 1 })).toEqual(["Okänt fält: b."]);
    expect(messageOf(z.strictObject({}), { b: 1, c: 2 })).toEqual(["Okända fält: b, c."]);
    expect(messageOf(z.union([z.number(), z.boolean()]), "x")).toEqual(["Värdet passar inte något av de tillåtna formaten."]);
    expect(
      messageOf(
        z.string().refine(() => false),
        "x",
      ),
    ).toEqual(["Ogiltigt värde."]);
  });

  it("leaves a schema's own message alone", () => {
    expect(messageOf(z.string().max(3, "Högst tre."), "fyra")).toEqual(["Högst tre."]);
    expect(messageOf(z.number({ error: "Ange antalet." }), "x")).toEqual(["Ange antalet."]);
  });
});

describe("the app's schemas", () => {
  const scene = {
    name: "Rinkeby torg",
    municipalityCode: "0180",
    policeAreaId: "lpo-jarva",
    districtId: "d-jarva",
    lat: "59.388",
    lng: "17.928",
    extent: JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [17.927, 59.387],
          [17.929, 59.387],
          [17.929, 59.389],
          [17.927, 59.389],
          [17.927, 59.387],
        ],
      ],
    }),
    firstYear: "2024",
  };

  it("refuses an overlong scene name in Swedish", () => {
    expect(createSceneSchema.safeParse(scene).success).toBe(true);
    const result = createSceneSchema.safeParse({ ...scene, name: "x".repeat(201) });
    expect(z.flattenError(result.error!).fieldErrors).toEqual({ name: ["Skriv högst 200 tecken."] });
  });

  it("refuses an overlong name or password in Swedish", () => {
    const user = { name: "x".repeat(201), email: "styrgrupp@polisen.se", role: "STEERING", password: "p".repeat(201) };
    expect(z.flattenError(createUserSchema.safeParse(user).error!).fieldErrors).toEqual({
      name: ["Skriv högst 200 tecken."],
      password: ["Skriv högst 200 tecken."],
    });
    expect(z.flattenError(signInSchema.safeParse({ email: "a@b.se", password: "p".repeat(201) }).error!).fieldErrors).toEqual({
      password: ["Skriv högst 200 tecken."],
    });
  });
});

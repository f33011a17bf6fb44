import { describe, expect, it } from "vitest";
import { z } from "@/lib/forms/zod";
import { createSceneSchema } from "./schemas";

const valid = {
  name: "Rinkeby torg",
  description: "",
  municipalityCode: "0180",
  policeAreaId: "lpo-jarva",
  districtId: "district-jarva",
  lat: "59,388",
  lng: "17.9285",
  extent: JSON.stringify({
    type: "Polygon",
    coordinates: [
      [
        [17.928, 59.3875],
        [17.929, 59.3875],
        [17.929, 59.3885],
        [17.928, 59.3885],
        [17.928, 59.3875],
      ],
    ],
  }),
  firstYear: "2023",
};

const errorsOf = (input: Record<string, string>): Record<string, string[] | undefined> => {
  const result = createSceneSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("createSceneSchema", () => {
  it("reads a Swedish decimal comma and stores the polygon with its computed area", () => {
    const scene = createSceneSchema.parse(valid);
    expect(scene.lat).toBe(59.388);
    expect(scene.extent.type).toBe("Polygon");
    expect(scene.areaM2).toBeGreaterThan(0);
  });

  it("reports a point outside the county and a self-crossing polygon together", () => {
    const bowTie = JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [17.928, 59.3875],
          [17.929, 59.3885],
          [17.929, 59.3875],
          [17.928, 59.3885],
          [17.928, 59.3875],
        ],
      ],
    });
    const errors = errorsOf({ ...valid, name: "", lat: "57.7", lng: "11.97", extent: bowTie });
    expect(Object.keys(errors).sort()).toEqual(["extent", "lat", "name"]);
    expect(errors.lat?.[0]).toMatch(/utanför Stockholms län/);
    expect(errors.extent?.[0]).toMatch(/korsar sig själv/);
  });

  it("refuses an extent far from the point", () => {
    expect(errorsOf({ ...valid, lat: "59.3294", lng: "18.0686" }).extent?.[0]).toMatch(/mer än 1 km/);
  });

  it("refuses a district outside Stockholm city at once", () => {
    expect(errorsOf({ ...valid, municipalityCode: "0123" }).districtId?.[0]).toMatch(/bara för platser i Stockholms stad/);
  });

  it("leaves the municipality, LPO and district to the server, which fills them in from the point", () => {
    const parsed = createSceneSchema.parse({ ...valid, municipalityCode: "", policeAreaId: "", districtId: "" });
    expect(parsed).toMatchObject({ municipalityCode: undefined, policeAreaId: undefined, districtId: null, override: null });
  });

  it("takes an override of the point's place only with a reason", () => {
    expect(errorsOf({ ...valid, overrideAttribution: "on" }).overrideReason?.[0]).toMatch(/skälet/);
    expect(createSceneSchema.parse({ ...valid, overrideAttribution: "on", overrideReason: " Torget ligger på gränsen " }).override).toBe(
      "Torget ligger på gränsen",
    );
    expect(createSceneSchema.parse({ ...valid, overrideReason: "glömd" }).override).toBeNull();
  });
});

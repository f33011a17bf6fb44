import { describe, expect, it } from "vitest";
import { fillFromPlace } from "./fill-from-place";

const current = { municipalityCode: "0182", policeAreaId: "lpo-nacka", districtId: "" };
const husby = {
  status: "found" as const,
  municipalityCode: "0180",
  districtId: "d-jarva",
  policeAreaId: "lpo-jarva",
  policeAreaIds: ["lpo-jarva"],
  summary: "Husby, Järva, Stockholm (0180), lokalpolisområde Järva",
};

describe("fillFromPlace", () => {
  it("fills in all three and says from where", () => {
    expect(fillFromPlace(husby, [{ id: "lpo-jarva" }], current)).toEqual({
      values: { municipalityCode: "0180", districtId: "d-jarva", policeAreaId: "lpo-jarva" },
      notice: "Ifyllt från punkten: Husby, Järva, Stockholm (0180), lokalpolisområde Järva.",
    });
  });

  it("clears an LPO that is not the user's to choose, and says so", () => {
    const filled = fillFromPlace(husby, [{ id: "lpo-jarfalla" }], { ...current, policeAreaId: "lpo-jarfalla" });
    expect(filled.values.policeAreaId).toBe("");
    expect(filled.notice).toMatch(/inte ett av dina/);
  });

  it("keeps an accepted LPO where the point does not decide between two", () => {
    const split = { ...husby, policeAreaId: null, policeAreaIds: ["lpo-farsta", "lpo-globen"] };
    const filled = fillFromPlace(split, [{ id: "lpo-globen" }], { ...current, policeAreaId: "lpo-globen" });
    expect(filled.values.policeAreaId).toBe("lpo-globen");
    expect(filled.notice).toMatch(/välj det som gäller/);
  });

  it("changes nothing without boundaries, and says so outside them", () => {
    expect(fillFromPlace({ status: "none" }, [], current)).toEqual({ values: current, notice: null });
    expect(fillFromPlace({ status: "outside" }, [], current).values).toBe(current);
  });
});

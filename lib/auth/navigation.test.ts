import { describe, expect, it } from "vitest";
import { listNavigation } from "./navigation";
import type { SessionUser } from "./permissions";

const user = (role: SessionUser["role"]): SessionUser => ({
  id: "u",
  email: "u@test",
  name: "U",
  role,
  municipalityCode: null,
  policeAreaIds: [],
});

describe("listNavigation", () => {
  it("shows Admin to administrators only", () => {
    expect(listNavigation(user("ADMIN")).map((i) => i.label)).toEqual([
      "Översikt",
      "Karta",
      "Platser",
      "Bedömningar",
      "Vad fungerar",
      "Admin",
    ]);
    for (const role of ["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const) {
      expect(listNavigation(user(role)).map((i) => i.label)).toEqual(["Översikt", "Karta", "Platser", "Bedömningar", "Vad fungerar"]);
    }
  });
});

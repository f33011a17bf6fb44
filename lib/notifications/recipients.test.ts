import { describe, expect, it } from "vitest";
import { isRecipient, isRoundRecipient, type Candidate } from "./recipients";

const area = { municipalityCode: "0180", policeAreaId: "jarva" };

const person = (id: string, overrides: Partial<Candidate>): Candidate => ({
  id,
  email: `${id}@test.se`,
  name: id,
  role: "STEERING",
  municipalityCode: null,
  policeAreaIds: [],
  disabled: false,
  ...overrides,
});

const rep = person("rep", { role: "MUNICIPAL_REP", municipalityCode: "0180" });
const otherRep = person("other-rep", { role: "MUNICIPAL_REP", municipalityCode: "0123" });
const analyst = person("analyst", { role: "POLICE_ANALYST", policeAreaIds: ["jarva", "sodermalm"] });
const otherAnalyst = person("other-analyst", { role: "POLICE_ANALYST", policeAreaIds: ["jarfalla"] });
const admin = person("admin", { role: "ADMIN" });
const steering = person("steering", { role: "STEERING" });
const everyone = [rep, otherRep, analyst, otherAnalyst, admin, steering];

const told = (kind: Parameters<typeof isRecipient>[0], actorId: string | null, people = everyone) =>
  people.filter((p) => isRecipient(kind, p, area, actorId)).map((p) => p.id);

describe("who hears of a transition", () => {
  it("a submission: the representatives of the scene's municipality", () => {
    expect(told("ASSESSMENT_SUBMITTED", analyst.id)).toEqual(["rep"]);
  });

  it("a return or a co-signature: the analysts of the scene's LPO", () => {
    expect(told("ASSESSMENT_RETURNED", rep.id)).toEqual(["analyst"]);
    expect(told("ASSESSMENT_COSIGNED", rep.id)).toEqual(["analyst"]);
  });

  it("never the person who made it, nor a disabled account", () => {
    expect(told("ASSESSMENT_SUBMITTED", rep.id)).toEqual([]);
    expect(told("ASSESSMENT_COSIGNED", null, [{ ...analyst, disabled: true }])).toEqual([]);
  });

  it("an admin or the steering group, who act on nothing, hear of nothing", () => {
    for (const kind of ["ASSESSMENT_SUBMITTED", "ASSESSMENT_RETURNED", "ASSESSMENT_COSIGNED"] as const) {
      expect(told(kind, null, [admin, steering])).toEqual([]);
    }
  });
});

describe("who hears that a round opened", () => {
  it("every active analyst and representative with an area to work in", () => {
    const noArea = [person("a", { role: "POLICE_ANALYST" }), person("r", { role: "MUNICIPAL_REP" })];
    const disabled = { ...rep, id: "disabled", disabled: true };
    expect([...everyone, ...noArea, disabled].filter(isRoundRecipient).map((p) => p.id)).toEqual([
      "rep",
      "other-rep",
      "analyst",
      "other-analyst",
    ]);
  });
});

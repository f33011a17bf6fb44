import { describe, expect, it } from "vitest";
import { questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { describeChanges } from "./describe";

const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2026));

const square = {
  type: "Polygon",
  coordinates: [
    [
      [17, 59],
      [18, 59],
      [18, 60],
      [17, 59],
    ],
  ],
};

describe("describeChanges", () => {
  it("reads a scene change in Swedish, with names for reference ids", () => {
    const before = { name: "Torget", status: "ACTIVE", policeAreaId: "lpo1", lastYear: null, extent: square, areaM2: 1000 };
    const after = {
      name: "Torget",
      status: "CLOSED",
      policeAreaId: "lpo2",
      lastYear: 2026,
      extent: { ...square, coordinates: [] },
      areaM2: 1234.6,
    };
    expect(describeChanges(before, after, { names: { lpo1: "Järva", lpo2: "Rinkeby" } })).toEqual([
      { key: "status", label: "Status", value: "Aktiv → Stängd" },
      { key: "policeAreaId", label: "Lokalpolisområde", value: "Järva → Rinkeby" },
      { key: "lastYear", label: "Senast följd år", value: "— → 2026" },
      { key: "extent", label: "Utbredning", value: "ändrad" },
      { key: "areaM2", label: "Yta", value: expect.stringMatching(/^1\s000 m² → 1\s235 m²$/) as unknown as string },
    ]);
  });

  it("names the changed answers by their questions on one line instead of showing their values", () => {
    const lines = describeChanges(
      { status: "DRAFT", answers: { q1: "ja", q2: "nej" } },
      { status: "SUBMITTED", answers: { q1: "nej", q2: "nej", q5: "ja" } },
      { questions: { q1: "Är platsen en öppen drogscen i år, enligt definitionen?", q2: "Utveckling" } },
    );
    expect(lines).toEqual([
      { key: "status", label: "Status", value: "Utkast → Inskickad" },
      // A question the labels do not know shows its code; questions are apart by semicolons.
      { key: "answers", label: "Ändrade svar", value: "Är platsen en öppen drogscen i år, enligt definitionen?; q5" },
    ]);
  });

  it("reads a read's snapshot: the filters by their labels, the token and person by name", () => {
    const names = { "0180": "Stockholm", tok1: "Power BI", "anna@polisen.se": "Anna Berg" };
    const read = (after: object) => describeChanges(null, after, { names });
    expect(
      read({ year: 2024, filters: { interventionType: "drug_controls", municipality: "0180" }, rows: 12, via: "token", tokenId: "tok1" }),
    ).toEqual([
      { key: "year", label: "År", value: "2024" },
      { key: "filters", label: "Filter", value: "Insatstyp: Narkotikakontroller, Kommun: Stockholm" },
      { key: "rows", label: "Antal rader", value: "12" },
      { key: "via", label: "Via", value: "Åtkomsttoken" },
      { key: "tokenId", label: "Åtkomsttoken", value: "Power BI" },
    ]);
    expect(read({ year: null, filters: { person: "anna@polisen.se", eventType: "auth.signed_in" }, rows: 3, via: "session" })).toEqual([
      { key: "year", label: "År", value: "—" },
      { key: "filters", label: "Filter", value: "Person: Anna Berg, Händelse: Inloggning" },
      { key: "rows", label: "Antal rader", value: "3" },
      { key: "via", label: "Via", value: "Inloggad session" },
    ]);
    expect(read({ filters: {} })).toEqual([{ key: "filters", label: "Filter", value: "inga" }]);
  });

  it("reads sign-ins: the method, the failure's reason in words", () => {
    expect(describeChanges(null, { method: "password", address: "10.0.0.1", reason: "throttled" })).toEqual([
      { key: "method", label: "Inloggningssätt", value: "Lösenord" },
      { key: "address", label: "Adress", value: "10.0.0.1" },
      { key: "reason", label: "Orsak", value: "För många försök" },
    ]);
    expect(describeChanges(null, { method: "oidc:polisen" })[0]?.value).toBe("Inloggning via polisen");
  });

  it("shows a creation's values without arrows, and roles and booleans in words", () => {
    expect(describeChanges(null, { role: "POLICE_ANALYST", disabled: false, policeAreaIds: [], extent: square })).toEqual([
      { key: "role", label: "Roll", value: "Polisanalytiker" },
      { key: "disabled", label: "Inaktiverad", value: "nej" },
      { key: "policeAreaIds", label: "Lokalpolisområden", value: "—" },
      { key: "extent", label: "Utbredning", value: "angiven" },
    ]);
  });

  it("shortens long text and keeps unknown fields and values as they are", () => {
    const [line] = describeChanges({ description: "a" }, { description: "x".repeat(200) });
    expect(line?.value).toMatch(/^a → x{79}…$/);
    expect(describeChanges({ foo: "BAR" }, { foo: "BAZ" })).toEqual([{ key: "foo", label: "foo", value: "BAR → BAZ" }]);
  });

  it("with the year's questionnaire, reads each changed answer in its labels, in the questionnaire's order", () => {
    const lines = describeChanges(
      { status: "DRAFT", answers: { symptoms: ["unsafe"], is_open_drug_scene: true, development: "new", police_notes: "Före." } },
      {
        status: "DRAFT",
        // Stored JSON keeps its keys in no useful order: the questionnaire decides the lines' order.
        answers: { symptoms: ["unsafe", "crime_hotspot"], development: "reduced", is_open_drug_scene: true, adjoins: ["metro"] },
      },
      { questionnaire, questions: {} },
    );
    expect(lines).toEqual([
      { key: "answers.development", label: "Utveckling sedan förra året", value: "Ny → Minskad" },
      {
        key: "answers.symptoms",
        label: "Symtom på platsen",
        value: "Platsen uppfattas som otrygg → Platsen uppfattas som otrygg, Platsen är en hot spot för brott",
      },
      { key: "answers.adjoins", label: "Platsen ligger vid", value: "Inte besvarat → Tunnelbana" },
      { key: "answers.police_notes", label: "Kommentar om polisens arbete", value: "Före. → Inte besvarat" },
    ]);
  });

  it("with the year's questionnaire, shows a creation's answers without arrows, and an unknown code on the summary line", () => {
    const lines = describeChanges(
      null,
      { answers: { is_open_drug_scene: false, retired_question: "x" } },
      { questionnaire, questions: {} },
    );
    expect(lines).toEqual([
      { key: "answers.is_open_drug_scene", label: "Är platsen en öppen drogscen i år enligt definitionen?", value: "Nej" },
      { key: "answers", label: "Ändrade svar", value: "retired_question" },
    ]);
  });

  it("has nothing to say about an event without snapshots", () => {
    expect(describeChanges(null, null)).toEqual([]);
  });
});

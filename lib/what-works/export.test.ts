import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/csv";
import { buildWhatWorksTable, describeWhatWorks, groupLabel, whatWorksFileName } from "./export";
import { MEASURES, type MeasureChange, type WhatWorks, type WhatWorksRow } from "./schemas";

// The table of tests/integration/what-works.test.ts's hand-made case: three treated scenes whose
// violent crimes fall from 10 to 4 beside five comparable scenes steady at 10.

const empty = (measure: MeasureChange["measure"]): MeasureChange => ({
  measure,
  treated: { before: null, after: null, change: null, scenes: 0 },
  comparison: { before: null, after: null, change: null, scenes: 0 },
  difference: null,
  tooFew: true,
});

const violent: MeasureChange = {
  measure: "violent_crimes",
  treated: { before: 10, after: 4, change: -6, scenes: 6 },
  comparison: { before: 10, after: 10, change: 0, scenes: 5 },
  difference: -6,
  tooFew: false,
};

const row = (key: string, measures: MeasureChange[] = MEASURES.map(empty)): WhatWorksRow => ({
  key,
  interventions: 4,
  scenes: 4,
  measures,
  ceased: { treated: { share: 0, scenes: 3 }, comparison: { share: 0.2, scenes: 5 }, tooFew: true },
  effects: { positive: 1, none: 1, negative: 1, unclear: 0, notEvaluated: 1 },
});

const whatWorks: WhatWorks = {
  from: null,
  to: null,
  minScenes: 5,
  byType: [row("situational_prevention", [violent, ...MEASURES.slice(1).map(empty)])],
  byActor: [row("municipality")],
  byActors: [row("municipality+police")],
};

const table = buildWhatWorksTable(whatWorks);
const headers = table.columns.map((c) => c.key);
const record = (index: number) => Object.fromEntries(headers.map((h, i) => [h, table.rows[index]?.[i]]));

describe("buildWhatWorksTable", () => {
  it("has the Swedish headers an analyst reads, each described", () => {
    expect(headers).toEqual([
      "Indelning",
      "Grupp",
      "Insatser",
      "Platser",
      "Mått",
      "Före",
      "Efter",
      "Förändring",
      "Platser (insats)",
      "Jämförelse före",
      "Jämförelse efter",
      "Jämförelse förändring",
      "Platser (jämförelse)",
      "Skillnad",
      "Anmärkning",
      "Positiv effekt",
      "Ingen märkbar effekt",
      "Negativ effekt",
      "Oklar effekt",
      "Ej utvärderade",
    ]);
    expect(table.columns.every((c) => c.description.length > 10)).toBe(true);
  });

  it("writes one row per group and measure, the ceased share last, type before actor before combination", () => {
    expect(table.rows).toHaveLength(3 * 5);
    expect(table.rows.map((r) => `${r[0]}: ${r[1]}: ${r[4]}`).slice(0, 5)).toEqual([
      "Insatstyp: Situationell prevention (belysning, ombyggnad): Anmälda våldsbrott",
      "Insatstyp: Situationell prevention (belysning, ombyggnad): Upptäcksbrott",
      "Insatstyp: Situationell prevention (belysning, ombyggnad): Andel otrygga",
      "Insatstyp: Situationell prevention (belysning, ombyggnad): Andel platser med polisiära åtgärder",
      "Insatstyp: Situationell prevention (belysning, ombyggnad): Andel platser som upphört två år senare",
    ]);
    expect(table.rows.map((r) => `${r[0]}: ${r[1]}`).filter((_, i) => i % 5 === 0)).toEqual([
      "Insatstyp: Situationell prevention (belysning, ombyggnad)",
      "Ansvarig aktör: Kommunen",
      "Kombination av aktörer: Kommunen + Polisen",
    ]);
  });

  it("sets a measure's two sides and their difference side by side, with the group's counts on each row", () => {
    expect(record(0)).toEqual({
      Indelning: "Insatstyp",
      Grupp: "Situationell prevention (belysning, ombyggnad)",
      Insatser: 4,
      Platser: 4,
      Mått: "Anmälda våldsbrott",
      Före: 10,
      Efter: 4,
      Förändring: -6,
      "Platser (insats)": 6,
      "Jämförelse före": 10,
      "Jämförelse efter": 10,
      "Jämförelse förändring": 0,
      "Platser (jämförelse)": 5,
      Skillnad: -6,
      Anmärkning: null,
      "Positiv effekt": 1,
      "Ingen märkbar effekt": 1,
      "Negativ effekt": 1,
      "Oklar effekt": 0,
      "Ej utvärderade": 1,
    });
    expect(record(1)).toMatchObject({ Före: null, Förändring: null, "Platser (insats)": 0, Skillnad: null });
    expect(record(1).Anmärkning).toBe("för få platser för att dra slutsatser");
  });

  it("gives the ceased share as the change of each side, their difference, and the too-few note", () => {
    expect(record(4)).toMatchObject({
      Mått: "Andel platser som upphört två år senare",
      Före: null,
      Efter: null,
      Förändring: 0,
      "Platser (insats)": 3,
      "Jämförelse förändring": 0.2,
      "Platser (jämförelse)": 5,
      Skillnad: -0.2,
      Anmärkning: "för få platser för att dra slutsatser",
    });
  });

  it("has a header and no rows without interventions", () => {
    const none = buildWhatWorksTable({ ...whatWorks, byType: [], byActor: [], byActors: [] });
    expect(none.columns).toHaveLength(20);
    expect(none.rows).toEqual([]);
  });
});

describe("groupLabel", () => {
  it("names a combination by its actors' labels, and shows an unknown code as stored", () => {
    expect(groupLabel("actors", "municipality+police+property_owner")).toBe("Kommunen + Polisen + Fastighetsägare");
    expect(groupLabel("type", "retired_type")).toBe("retired_type");
  });

  it("never lets a stored code become a formula in the CSV", () => {
    const csv = toCsv(["Grupp"], [[groupLabel("type", "=HYPERLINK(1)")], [groupLabel("actors", "@cmd+police")]]);
    expect(csv).toBe("\uFEFFGrupp\r\n'=HYPERLINK(1)\r\n'@cmd + Polisen\r\n");
  });
});

describe("the file's name and the workbook's first lines", () => {
  it("carry the start years asked for", () => {
    expect(whatWorksFileName({ from: null, to: null }, "csv")).toBe("what-works.csv");
    expect(whatWorksFileName({ from: 2022, to: 2024 }, "xlsx")).toBe("what-works-fran-2022-till-2024.xlsx");
    expect(whatWorksFileName({ from: null, to: 2024 }, "csv")).toBe("what-works-till-2024.csv");
    expect(describeWhatWorks({ ...whatWorks, from: 2022, to: 2024 })[0]).toBe("Insatser med startår 2022–2024.");
    expect(describeWhatWorks(whatWorks)[0]).toBe("Insatser med alla startår.");
    expect(describeWhatWorks(whatWorks)[2]).toContain("färre än 5 platser");
  });
});

import { describe, expect, it } from "vitest";
import { formatIssue, listRefs, planIndicatorImport, readIndicatorCsv } from "./import";

const YEAR = new Date().getFullYear();
const scenes = new Map([
  ["S-0001", { id: "s1" }],
  ["S-0005", { id: "s5" }],
]);
const plan = (text: string) => planIndicatorImport(readIndicatorCsv(text), scenes);
const messages = (text: string) => {
  const result = plan(text);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe("reading and planning an indicator file", () => {
  it("reads a file with commas, and one with semicolons, a BOM and decimal commas, alike", () => {
    const comma =
      "ref,year,indicator,value,source\nS-0001,2024,violent_crimes,12,Anmälda brott\nS-0005,2023,unsafe_share,0.42,Trygghetsmätningen\n";
    const semicolon =
      "\uFEFFref;year;indicator;value;source\r\nS-0001;2024;violent_crimes;12;Anmälda brott\r\nS-0005;2023;unsafe_share;0,42;Trygghetsmätningen\r\n";
    const expected = {
      ok: true,
      plan: [
        { line: 2, ref: "S-0001", sceneId: "s1", year: 2024, indicator: "violent_crimes", value: 12, source: "Anmälda brott" },
        { line: 3, ref: "S-0005", sceneId: "s5", year: 2023, indicator: "unsafe_share", value: 0.42, source: "Trygghetsmätningen" },
      ],
    };
    expect(plan(comma)).toEqual(expected);
    expect(plan(semicolon)).toEqual(expected);
  });

  it("takes the optional columns in any order, and upper-case names", () => {
    const text =
      'Sample_Size,REF,year,indicator,value,source,period_from,period_to\n312,S-0005,2023,unsafe_share,"0,3",Enkät,2023-01-01,2023-12-31\n,S-0001,2023,detected_crimes,4,RAR,,\n';
    expect(plan(text)).toEqual({
      ok: true,
      plan: [
        {
          line: 2,
          ref: "S-0005",
          sceneId: "s5",
          year: 2023,
          indicator: "unsafe_share",
          value: 0.3,
          source: "Enkät",
          periodFrom: "2023-01-01",
          periodTo: "2023-12-31",
          sampleSize: 312,
        },
        { line: 3, ref: "S-0001", sceneId: "s1", year: 2023, indicator: "detected_crimes", value: 4, source: "RAR" },
      ],
    });
  });

  it("lists every error of every line with its line number, and plans nothing", () => {
    const text = [
      "ref,year,indicator,value,source",
      "S-0001,2024,violent_crimes,12,RAR",
      "S-0099,2024,violent_crimes,3,RAR",
      `S-0001,${YEAR + 1},thefts,tolv,`,
      "S-0005,2024,unsafe_share,1.4,Enkät",
      "S-0005,2024,detected_crimes,-2,RAR",
      "S-0001,2024,violent_crimes,13,RAR",
      ",2024,violent_crimes,1,RAR,extra",
    ].join("\n");
    expect(messages(text)).toEqual([
      "rad 3 (ref): Okänd plats ”S-0099”.",
      "rad 4 (indicator): Okänd indikator ”thefts”: ange violent_crimes, detected_crimes eller unsafe_share.",
      `rad 4 (year): Ange ett år mellan 2010 och ${YEAR}.`,
      "rad 4 (value): Värdet måste vara ett tal, t.ex. 12 eller 0,42.",
      "rad 4 (source): Ange varifrån värdet kommer.",
      "rad 5 (value): Andelen måste vara mellan 0 och 1, t.ex. 0,42 för 42 %.",
      "rad 6 (value): Antalet måste vara ett heltal, 0 eller större.",
      "rad 7: Samma plats, år och indikator som rad 2.",
      "rad 8: Raden har 6 fält men rubrikraden 5.",
      "rad 8 (ref): Ange platsens referens, t.ex. S-0001.",
    ]);
  });

  it("refuses a source with a personal identity number, as the form does, at its line", () => {
    const text = "ref,year,indicator,value,source\nS-0001,2024,violent_crimes,12,Anmälan av 19121212-1212\n";
    expect(messages(text)).toEqual([
      "rad 2 (source): Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
    ]);
  });

  it("names the line a record starts on when a quoted field spans lines", () => {
    const text = 'ref,year,indicator,value,source\nS-0001,2024,violent_crimes,1,"två\nrader"\nS-0001,2024,detected_crimes,x,RAR\n';
    expect(messages(text)).toEqual(["rad 4 (value): Värdet måste vara ett tal, t.ex. 12 eller 0,42."]);
  });

  it("refuses a header without the required columns or with unknown ones", () => {
    expect(messages("ref;year;indicator;värde;source\nS-0001;2024;violent_crimes;1;RAR")).toEqual([
      "rad 1: Okänd kolumn ”värde”. Kolumnerna är ref, year, indicator, value, source, period_from, period_to, sample_size.",
      "rad 1: Kolumnen value saknas i rubrikraden.",
    ]);
    expect(messages("ref,year,year,indicator,value,source\n")).toEqual([
      "rad 1: Kolumnen year finns två gånger i rubrikraden.",
      "rad 1: Filen innehåller inga värden, bara rubrikraden.",
    ]);
  });

  it("refuses an empty file, a header alone and a broken quote", () => {
    expect(messages("")).toEqual(["rad 1: Filen är tom: den ska börja med rubrikraden ref,year,indicator,value,source."]);
    expect(messages("ref,year,indicator,value,source\n")).toEqual(["rad 1: Filen innehåller inga värden, bara rubrikraden."]);
    expect(messages('ref,year,indicator,value,source\nS-0001,2024,violent_crimes,1,"RAR\n')).toEqual([
      'rad 2: Ett citattecken (") avslutas aldrig.',
    ]);
  });

  it("lists the errors of every line in one run, past a broken header or a stray quote", () => {
    const text = [
      "ref,year,indicator,value,source,kommentar",
      "S-0001,2024,violent_crimes,12,RAR,bra",
      'S-0001,2023,violent_crimes,"1"2,RAR,',
      "S-0005,2024,unsafe_share,1.4,Enkät,",
      "S-0099,2024,violent_crimes,3,RAR,",
    ].join("\n");
    expect(messages(text)).toEqual([
      "rad 1: Okänd kolumn ”kommentar”. Kolumnerna är ref, year, indicator, value, source, period_from, period_to, sample_size.",
      "rad 3: Text efter ett avslutande citattecken: citera hela fältet.",
      "rad 4 (value): Andelen måste vara mellan 0 och 1, t.ex. 0,42 för 42 %.",
      "rad 5 (ref): Okänd plats ”S-0099”.",
    ]);
    // A missing column is named once, in the header, not on every line.
    expect(messages("ref,year,indicator,source\nS-0001,2024,violent_crimes,RAR\nS-0099,2024,thefts,RAR\n")).toEqual([
      "rad 1: Kolumnen value saknas i rubrikraden.",
      "rad 3 (ref): Okänd plats ”S-0099”.",
      "rad 3 (indicator): Okänd indikator ”thefts”: ange violent_crimes, detected_crimes eller unsafe_share.",
    ]);
  });

  it("names a line that was neither planned nor reported, unless the header lacks a column", () => {
    const read = { rows: [{ line: 2, ref: "S-0001", value: null }], issues: [], missingColumns: false };
    expect(planIndicatorImport(read, scenes)).toEqual({
      ok: false,
      issues: [{ line: 2, column: null, message: expect.stringMatching(/^Raden kunde inte kontrolleras/) }],
    });
    const header = { line: 1, column: null, message: "Kolumnen value saknas i rubrikraden." };
    expect(planIndicatorImport({ ...read, issues: [header], missingColumns: true }, scenes)).toEqual({ ok: false, issues: [header] });
  });

  it("lists the refs to look up, each once", () => {
    const read = readIndicatorCsv(
      "ref,year,indicator,value,source\nS-0001,2024,violent_crimes,1,R\nS-0001,2023,violent_crimes,1,R\n,2023,violent_crimes,1,R\n",
    );
    expect(listRefs(read.rows)).toEqual(["S-0001"]);
  });
});

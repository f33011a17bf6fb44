import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ImportFileInput, ImportSceneInput } from "@/lib/import/format";
import { runImport } from "@/lib/import/run-import";
import { buildSourceFigures } from "@/tests/fixtures/source-figures";
import { cli, clone, jarfallaScene, resetImports, square, tableCounts } from "./import-fixtures";

beforeEach(resetImports);
afterAll(resetImports);

const range = `Ange ett år mellan 2010 och ${new Date().getFullYear()}.`;

describe("a file with errors", () => {
  it("lists every error with its path and imports nothing", async () => {
    const source = buildSourceFigures();
    const file: ImportFileInput = { format: source.format, scenes: source.scenes.slice(0, 4).map(clone) };
    const [s0, s1, s2, s3] = file.scenes as [ImportSceneInput, ImportSceneInput, ImportSceneInput, ImportSceneInput];
    s0.assessments![0]!.year = 2009;
    s1.municipalityCode = "9999";
    s2.assessments![1]!.extent = {
      type: "Polygon",
      coordinates: [
        [
          [17.9, 59.39],
          [17.91, 59.395],
          [17.91, 59.39],
          [17.9, 59.395],
          [17.9, 59.39],
        ],
      ],
    };
    s3.ref = s0.ref;
    s3.assessments![0]!.answers = {
      ...s3.assessments![0]!.answers,
      colour: "red",
      site_description: "Säljaren 19811218-9876 står vid trappan.",
    };
    s3.assessments![1]!.policeArea = "Lidingö-Kungsholmen";
    file.scenes.push(
      jarfallaScene("T-1", [
        { year: 2017, status: "draft", extent: square(59.4225, 17.835) },
        { year: 2017, status: "draft" },
      ]),
    );
    file.scenes.push({ ...jarfallaScene("T-2", []), location: { lat: 57.7, lng: 11.97 }, district: "Bromma", closedYear: 2030 });
    const before = await tableCounts();

    const result = await runImport(file, cli);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: "scenes[0].assessments[0].year", message: range },
      { path: "scenes[1].municipalityCode", message: "Okänd kommunkod 9999." },
      { path: "scenes[2].assessments[1].extent", message: "Polygonen korsar sig själv. Rita om den så att kanterna inte skär varandra." },
      { path: "scenes[3].assessments[0].answers.colour", message: "Frågan finns inte i frågeformuläret för 2021." },
      {
        path: "scenes[3].assessments[0].answers.site_description",
        message:
          "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
      },
      {
        path: "scenes[3].assessments[1].policeArea",
        message: "Lokalpolisområde Lidingö-Kungsholmen omfattade inte stadsdelsområde Järva den 2023-12-31.",
      },
      { path: "scenes[3].ref", message: "Referensen JV-01 används redan av scenes[0] i filen." },
      { path: "scenes[4].assessments[1].year", message: "Platsen har redan en bedömning för 2017 i filen." },
      { path: "scenes[5].closedYear", message: range },
      { path: "scenes[5].district", message: "Stadsdelsområde (district) anges bara för platser i Stockholms stad (0180)." },
      { path: "scenes[5].firstYear", message: "Ange firstYear eller minst en bedömning." },
      {
        path: "scenes[5].location",
        message: "Punkten ligger utanför Stockholms län. Kontrollera koordinaterna (latitud först, sedan longitud).",
      },
    ]);
    expect(await tableCounts()).toEqual(before);
  });

  it("reports shape errors in Swedish without hiding the other scenes' errors", async () => {
    const result = await runImport(
      { format: "annat", scenes: [{ ref: "A 1", name: "" }, jarfallaScene("T-3", [{ year: 2024, status: "klar" } as never])], extra: 1 },
      cli,
    );
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
      "",
      "format",
      "scenes[0].firstYear",
      "scenes[0].location",
      "scenes[0].municipalityCode",
      "scenes[0].name",
      "scenes[0].policeArea",
      "scenes[0].ref",
      "scenes[1].assessments[0].status",
    ]);
    expect(!result.ok && result.issues[1]!.message).toBe('Okänt format: filen ska ha "format": "oppna-drogscener/import-v1".');
    expect(await db.scene.count()).toBe(0);
  });

  it("checks the answers of an assessment whose year is out of range, with the nearest year's questionnaire", async () => {
    for (const year of [1999, 2200]) {
      const answered = { year, status: "cosigned", isOpenDrugScene: true, mainSubstance: "gräs" } as const;
      const result = await runImport({ format: "oppna-drogscener/import-v1", scenes: [jarfallaScene("T-4", [answered])] }, cli);
      expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
        "scenes[0].assessments[0].mainSubstance",
        "scenes[0].assessments[0].year",
      ]);
    }
    expect(await db.scene.count()).toBe(0);
  });
});

describe("a file with many errors", () => {
  it("gets every error of every record listed in one run", async () => {
    const crossing = {
      type: "Polygon",
      coordinates: [
        [
          [17.834, 59.422],
          [17.836, 59.423],
          [17.836, 59.422],
          [17.834, 59.423],
          [17.834, 59.422],
        ],
      ],
    };
    const jarfalla = { lat: 59.4225, lng: 17.835 };
    const input = {
      format: "oppna-drogscener/import-v1",
      scenes: [
        {
          ref: "A 1",
          name: "",
          municipalityCode: "0999",
          policeArea: "Järfälla",
          location: jarfalla,
          closedYear: 2009,
          assessments: [
            { year: 2024, status: "klar", answers: { colour: "red" }, extent: crossing },
            { year: "2023", status: "draft", policeArea: "Okänt", isOpenDrugScene: "ja" },
          ],
        },
        {
          ref: "B-1",
          name: "Vid 19811218-9876",
          municipalityCode: "0180",
          policeArea: "Järva",
          location: { lat: 57.7, lng: 11.97 },
          firstYear: 2022,
          assessments: [
            { year: 2021, status: "draft" },
            { year: 2023, status: "submitted", district: "Järva", mainSubstance: "tea" },
            { year: 2023, status: "draft", district: "Järva", extra: 1 },
          ],
        },
        {
          ref: "B-1",
          name: "Tredje",
          municipalityCode: "0123",
          policeArea: "Järfälla",
          district: "Bromma",
          location: jarfalla,
          assessments: [
            5,
            {
              year: 2024,
              status: "cosigned",
              district: null,
              policeArea: "Solna",
              answers: { site_description: "Säljaren 19811218-9876" },
            },
            { year: 2023, status: "draft", district: null },
          ],
        },
      ],
      comment: "tre platser",
    };
    const before = await tableCounts();

    const result = await runImport(input, cli);

    expect(!result.ok && result.issues).toEqual([
      { path: "", message: 'Okänd nyckel: "comment"' },
      { path: "scenes[0].assessments[0].answers.colour", message: "Frågan finns inte i frågeformuläret för 2024." },
      { path: "scenes[0].assessments[0].extent", message: "Polygonen korsar sig själv. Rita om den så att kanterna inte skär varandra." },
      { path: "scenes[0].assessments[0].status", message: "Ange status som draft, submitted, cosigned eller returned." },
      { path: "scenes[0].assessments[1].isOpenDrugScene", message: "Ogiltig inmatning: förväntat boolean, fick string" },
      { path: "scenes[0].assessments[1].policeArea", message: "Okänt lokalpolisområde Okänt." },
      { path: "scenes[0].assessments[1].year", message: "Ange ett tal." },
      { path: "scenes[0].closedYear", message: range },
      { path: "scenes[0].municipalityCode", message: "Okänd kommunkod 0999." },
      { path: "scenes[0].name", message: "Ange platsens namn." },
      {
        path: "scenes[0].ref",
        message:
          "Referensen ska vara 1–40 tecken: bokstäver, siffror, punkt, bindestreck eller understreck, och börja med en bokstav eller siffra.",
      },
      { path: "scenes[1].assessments[0].year", message: "Året ligger före det år platsen började följas (2022)." },
      { path: "scenes[1].assessments[1].mainSubstance", message: "Välj ett av alternativen." },
      { path: "scenes[1].assessments[2]", message: 'Okänd nyckel: "extra"' },
      { path: "scenes[1].assessments[2].year", message: "Platsen har redan en bedömning för 2023 i filen." },
      { path: "scenes[1].district", message: "Ange stadsdelsområde (district): det krävs för en plats i Stockholms stad (0180)." },
      {
        path: "scenes[1].location",
        message: "Punkten ligger utanför Stockholms län. Kontrollera koordinaterna (latitud först, sedan longitud).",
      },
      {
        path: "scenes[1].name",
        message:
          "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
      },
      { path: "scenes[2].assessments[0]", message: "Ogiltig inmatning: förväntat object, fick antal" },
      {
        path: "scenes[2].assessments[1].answers.site_description",
        message:
          "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
      },
      { path: "scenes[2].assessments[1].policeArea", message: "Lokalpolisområde Solna omfattade inte Järfälla kommun den 2024-12-31." },
      { path: "scenes[2].district", message: "Stadsdelsområde (district) anges bara för platser i Stockholms stad (0180)." },
      { path: "scenes[2].ref", message: "Referensen B-1 används redan av scenes[1] i filen." },
    ]);
    expect(await tableCounts()).toEqual(before);
  });
});

import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ImportFileInput, ImportSceneInput } from "@/lib/import/format";
import { runImport, type ImportResult } from "@/lib/import/run-import";
import { cli, jarfallaScene, resetImports } from "./import-fixtures";

// The import's promise: every record of a file is written, or reported with its path, never
// neither. Each rule is fed an assessment that takes fields over from its scene.

beforeEach(resetImports);
afterAll(resetImports);

const FORMAT = "oppna-drogscener/import-v1";
const PLACE_FIELDS = ["municipalityCode", "policeArea", "district"] as const;
const fromScene = "(platsens uppgift)";
const rinkeby = { lat: 59.388, lng: 17.9285 };

const file = (...scenes: ImportSceneInput[]): ImportFileInput => ({ format: FORMAT, scenes });
const issuesOf = (result: ImportResult) => (result.ok ? [] : result.issues);
const within = (path: string, record: string) => path === record || path.startsWith(`${record}.`) || path.startsWith(`${record}[`);

/**
 * Which records the issues name: an assessment by its own path, or by the field of its scene it
 * takes over (it leaves the field out); a scene by one of its own fields.
 */
function reportedRecords(input: ImportFileInput, result: ImportResult) {
  const paths = issuesOf(result).map((issue) => issue.path);
  const scenes = new Set<number>();
  const assessments = new Set<string>();
  input.scenes.forEach((scene, s) => {
    const at = `scenes[${s}]`;
    if (paths.some((p) => within(p, at) && !within(p, `${at}.assessments`))) scenes.add(s);
    scene.assessments?.forEach((assessment, a) => {
      const own = `${at}.assessments[${a}]`;
      const inherited = PLACE_FIELDS.filter((field) => assessment[field] === undefined).map((field) => `${at}.${field}`);
      if (paths.some((p) => within(p, own) || inherited.includes(p))) assessments.add(own);
    });
  });
  return { scenes, assessments };
}

/**
 * Imports the file, then the file without what was reported, which must write every record that
 * is left: so each record was reported, or is written. Returns the first run's issues.
 */
async function expectWrittenOrReported(input: ImportFileInput) {
  const result = await runImport(input, cli);
  const reported = reportedRecords(input, result);
  const rest = input.scenes.flatMap((scene, s) => {
    const assessments = (scene.assessments ?? []).filter((_, a) => !reported.assessments.has(`scenes[${s}].assessments[${a}]`));
    // Without its assessments, the scene needs its first year of its own.
    const firstYear = scene.firstYear ?? Math.min(...(scene.assessments ?? []).map((a) => a.year));
    if (!reported.scenes.has(s)) return [{ ...scene, firstYear, assessments }];
    // A reported scene is not written: none of its assessments may be lost unreported with it.
    expect(assessments, `unreported assessments of the reported scenes[${s}]`).toEqual([]);
    return [];
  });
  if (result.ok) expect(rest.map((s) => s.assessments)).toEqual(input.scenes.map((s) => s.assessments));
  const again = result.ok ? result : await runImport(file(...rest), cli);
  expect(issuesOf(again)).toEqual([]);
  const stored = await db.scene.findMany({ select: { ref: true, assessments: { select: { year: true } } }, orderBy: { ref: "asc" } });
  const expected = rest.map((s) => ({ ref: s.ref, years: (s.assessments ?? []).map((a) => a.year).sort() }));
  expect(stored.map((s) => ({ ref: s.ref, years: s.assessments.map((a) => a.year).sort() }))).toEqual(
    expected.sort((a, b) => a.ref.localeCompare(b.ref)),
  );
  return issuesOf(result);
}

describe("every record is written or reported with its path", () => {
  it("reports a Stockholm scene's district taken over by assessments in Sundbyberg", async () => {
    const sundbyberg = { status: "cosigned", isOpenDrugScene: true, municipalityCode: "0183", policeArea: "Solna" } as const;
    const scene: ImportSceneInput = {
      ref: "JV-SUN",
      name: "Gränsen mot Sundbyberg",
      municipalityCode: "0180",
      policeArea: "Järva",
      district: "Järva",
      location: rinkeby,
      assessments: [
        { year: 2019, ...sundbyberg },
        { year: 2020, ...sundbyberg },
        { year: 2021, ...sundbyberg },
        { year: 2022, status: "cosigned", isOpenDrugScene: true, district: "Rinkeby-Kista" },
        { year: 2023, status: "cosigned", isOpenDrugScene: true },
        { year: 2024, status: "cosigned", isOpenDrugScene: true },
        { year: 2025, status: "draft" },
      ],
    };
    const message = `Stadsdelsområde (district) anges bara för platser i Stockholms stad (0180). ${fromScene}`;
    expect(await expectWrittenOrReported(file(scene))).toEqual([
      { path: "scenes[0].assessments[0].district", message },
      { path: "scenes[0].assessments[1].district", message },
      { path: "scenes[0].assessments[2].district", message },
    ]);

    // Saying that those years had no district imports all seven.
    await resetImports();
    const fixed = { ...scene, assessments: scene.assessments!.map((a) => (a.municipalityCode ? { ...a, district: null } : a)) };
    expect(await runImport(file(fixed), cli)).toMatchObject({ ok: true, summary: { assessments: { created: 7 } } });
  });

  it("reports a scene's missing district taken over by an assessment in Stockholm city", async () => {
    const solna: ImportSceneInput = {
      ref: "SOL-1",
      name: "Solna centrum",
      municipalityCode: "0184",
      policeArea: "Solna",
      location: { lat: 59.3605, lng: 18.0002 },
      assessments: [
        { year: 2023, status: "submitted" },
        { year: 2024, status: "submitted", municipalityCode: "0180", policeArea: "Järva" },
      ],
    };
    expect(await expectWrittenOrReported(file(solna))).toEqual([
      {
        path: "scenes[0].assessments[1].district",
        message: `Ange stadsdelsområde (district): det krävs för en plats i Stockholms stad (0180). ${fromScene}`,
      },
    ]);
  });

  it("reports an assessment whose year the scene's LPO or district did not cover", async () => {
    const lidingo: ImportSceneInput = {
      ref: "LK-1",
      name: "Lidingö centrum",
      municipalityCode: "0186",
      policeArea: "Lidingö-Kungsholmen",
      location: { lat: 59.3669, lng: 18.1703 },
      assessments: [
        { year: 2023, status: "draft", policeArea: "Norrmalm" },
        { year: 2024, status: "draft" },
        { year: 2025, status: "draft" },
      ],
    };
    const innerCity: ImportSceneInput = {
      ref: "NI-1",
      name: "Odenplan",
      municipalityCode: "0180",
      policeArea: "Norra innerstaden",
      district: "Norra innerstaden",
      location: { lat: 59.343, lng: 18.049 },
      assessments: [
        { year: 2022, status: "draft", policeArea: "Norrmalm" },
        { year: 2024, status: "draft", policeArea: "Norrmalm" },
        { year: 2025, status: "draft" },
      ],
    };
    expect(await expectWrittenOrReported(file(lidingo, innerCity))).toEqual([
      {
        path: "scenes[0].assessments[1].policeArea",
        message: `Lokalpolisområde Lidingö-Kungsholmen omfattade inte Lidingö kommun den 2024-12-31. ${fromScene}`,
      },
      {
        path: "scenes[1].assessments[0].policeArea",
        message: "Lokalpolisområde Norrmalm omfattade inte stadsdelsområde Norra innerstaden den 2022-12-31.",
      },
    ]);
  });

  it("reports years before the first, after the closing and outside the range, with the scene's areas", async () => {
    const next = new Date().getFullYear() + 1;
    const closed: ImportSceneInput = {
      ...jarfallaScene("JF-Y", [
        { year: 2019, status: "draft" },
        { year: 2021, status: "submitted" },
        { year: 2023, status: "submitted" },
        { year: 2024, status: "draft" },
        { year: 2009, status: "draft" },
        { year: next, status: "draft" },
      ]),
      firstYear: 2020,
      closedYear: 2023,
    };
    const range = `Ange ett år mellan 2010 och ${next - 1}.`;
    expect(await expectWrittenOrReported(file(closed))).toEqual([
      { path: "scenes[0].assessments[0].year", message: "Året ligger före det år platsen började följas (2020)." },
      { path: "scenes[0].assessments[3].year", message: "Året ligger efter det år platsen stängdes (2023)." },
      { path: "scenes[0].assessments[4].year", message: range },
      { path: "scenes[0].assessments[5].year", message: range },
    ]);
  });

  it("reports unknown names at the scene once, and an assessment's own at the assessment", async () => {
    const unknownArea: ImportSceneInput = {
      ...jarfallaScene("UN-1", [
        { year: 2024, status: "draft" },
        { year: 2023, status: "draft", municipalityCode: "0999" },
      ]),
      policeArea: "Okänt",
    };
    const ownNames: ImportSceneInput = {
      ...jarfallaScene("UN-2", [
        { year: 2024, status: "draft", district: "Atlantis" },
        { year: 2023, status: "draft" },
        { year: 2022, status: "draft", policeArea: "Ingenstans" },
      ]),
    };
    const cityScene: ImportSceneInput = {
      ref: "UN-3",
      name: "Rinkeby torg",
      municipalityCode: "0180",
      policeArea: "Järva",
      district: "Järva",
      location: rinkeby,
      assessments: [
        { year: 2024, status: "draft", municipalityCode: "0999" },
        { year: 2025, status: "draft" },
      ],
    };
    expect(await expectWrittenOrReported(file(unknownArea, ownNames, cityScene))).toEqual([
      { path: "scenes[0].assessments[1].municipalityCode", message: "Okänd kommunkod 0999." },
      { path: "scenes[0].policeArea", message: "Okänt lokalpolisområde Okänt." },
      { path: "scenes[1].assessments[0].district", message: "Okänt stadsdelsområde Atlantis i Stockholms stad." },
      { path: "scenes[1].assessments[0].district", message: "Stadsdelsområde (district) anges bara för platser i Stockholms stad (0180)." },
      { path: "scenes[1].assessments[2].policeArea", message: "Okänt lokalpolisområde Ingenstans." },
      { path: "scenes[2].assessments[0].municipalityCode", message: "Okänd kommunkod 0999." },
    ]);
  });
});

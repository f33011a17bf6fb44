import { readFile } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { ImportAssessmentInput, ImportFileInput, ImportSceneInput } from "@/lib/import/format";
import { runImport } from "@/lib/import/run-import";
import { buildSourceFigures, SOURCE_FIGURES } from "@/tests/fixtures/source-figures";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { importAction } = await import("@/lib/import/actions");

const SLOW = 180_000;
const cli = { user: null, channel: "cli", fileName: "source-figures.json" } as const;
const idle = { ok: false };

beforeEach(resetDatabase);

// Years before the seeded questionnaires, created by the import tests only.
afterAll(async () => {
  await resetDatabase();
  await db.questionnaireVersion.deleteMany({ where: { year: { lt: 2021 } } });
});

const clone = <T>(value: T): T => structuredClone(value);

async function tableCounts() {
  return {
    scenes: await db.scene.count(),
    assessments: await db.assessment.count(),
    signatures: await db.assessmentSignature.count(),
    events: await db.auditEvent.count(),
    questionnaires: await db.questionnaireVersion.count(),
  };
}

type YearRow = { year: number; scenes: number; municipalities: number; policeAreas: number; districts: number; cosigned: number };

/** The counting rule of shared/docs/domain.md, straight in SQL: final assessments that say "open drug scene". */
function countedByYear() {
  return db.$queryRaw<YearRow[]>`
    SELECT year, count(*)::int AS scenes, count(DISTINCT "municipalityCode")::int AS municipalities,
           count(DISTINCT "policeAreaId")::int AS "policeAreas", count(DISTINCT "districtId")::int AS districts,
           (count(*) FILTER (WHERE status = 'COSIGNED'))::int AS cosigned
    FROM "Assessment" WHERE status IN ('SUBMITTED', 'COSIGNED') AND "isOpenDrugScene" GROUP BY year ORDER BY year`;
}

describe("the source document's figures", () => {
  it("are in the committed file, as the generator builds them", async () => {
    const committed: unknown = JSON.parse(await readFile("tests/fixtures/source-figures.json", "utf8"));
    expect(committed).toEqual(buildSourceFigures());
  });

  it("are reproduced by importing the file", { timeout: SLOW }, async () => {
    const result = await runImport(buildSourceFigures(), cli);
    expect(result).toEqual({
      ok: true,
      summary: { scenes: { created: 71, updated: 0, unchanged: 0 }, assessments: { created: 190, updated: 0, unchanged: 0 } },
    });

    const byYear = new Map((await countedByYear()).map((row) => [row.year, row]));
    expect(byYear.get(2021)).toMatchObject(SOURCE_FIGURES[2021]);
    expect(byYear.get(2023)).toMatchObject(SOURCE_FIGURES[2023]);
    const y2024 = byYear.get(2024)!;
    expect(y2024).toMatchObject({ scenes: 53, municipalities: 8, policeAreas: 13, districts: 11, cosigned: 51 });
    expect(y2024.scenes - byYear.get(2023)!.scenes).toBe(SOURCE_FIGURES[2024].change);
    expect(Math.round((y2024.cosigned / y2024.scenes) * 1000) / 1000).toBe(0.962);

    const [row] = await db.$queryRaw<{ fresh: number }[]>`
      SELECT count(*)::int AS fresh FROM "Assessment" a WHERE a.year = 2024 AND a.status IN ('SUBMITTED', 'COSIGNED') AND a."isOpenDrugScene"
      AND NOT EXISTS (SELECT 1 FROM "Assessment" b WHERE b."sceneId" = a."sceneId" AND b.year = 2023 AND b.status IN ('SUBMITTED', 'COSIGNED') AND b."isOpenDrugScene")`;
    expect(row?.fresh).toBe(0);

    // Every district area of Stockholm city valid that year has a scene.
    const end2024 = new Date("2024-12-31T00:00:00Z");
    const valid = await db.district.findMany({
      where: {
        OR: [{ validTo: null }, { validTo: { gte: end2024 } }],
        AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: end2024 } }] }],
      },
    });
    const withScenes = await db.assessment.findMany({
      where: { year: 2024, isOpenDrugScene: true, districtId: { not: null } },
      distinct: ["districtId"],
      select: { districtId: true },
    });
    expect(new Set(withScenes.map((a) => a.districtId))).toEqual(new Set(valid.map((d) => d.id)));
  });

  it("keeps references, areas of each year, closings, signatures and audit events", { timeout: SLOW }, async () => {
    await runImport(buildSourceFigures(), cli);
    const kungsholmen = await db.scene.findUniqueOrThrow({
      where: { ref: "KH-01" },
      include: { policeArea: true, assessments: { include: { policeArea: true }, orderBy: { year: "asc" } } },
    });
    // Today's LPO for the scene; Norrmalm, which existed until 2024-12-31, for its 2024 assessment.
    expect(kungsholmen.policeArea.name).toBe("Lidingö-Kungsholmen");
    expect(kungsholmen.assessments.map((a) => [a.year, a.policeArea.name])).toEqual([
      [2021, "Norrmalm"],
      [2023, "Norrmalm"],
      [2024, "Norrmalm"],
    ]);
    expect(kungsholmen.assessments[2]).toMatchObject({
      status: "COSIGNED",
      isOpenDrugScene: true,
      development: expect.any(String),
      mainSubstance: expect.any(String),
    });
    // The scene's extent defaults to its latest assessment's.
    expect(kungsholmen.extent).toEqual(kungsholmen.assessments[2]!.extent);
    expect(kungsholmen.areaM2).toBe(kungsholmen.assessments[2]!.areaM2);

    expect(await db.scene.count({ where: { status: "CLOSED", lastYear: 2024 } })).toBe(10);
    expect(await db.scene.count({ where: { status: "CLOSED", lastYear: 2021 } })).toBe(8);
    expect(new Set((await db.scene.findMany({ select: { number: true } })).map((s) => s.number)).size).toBe(71);

    const signatures = await db.assessmentSignature.groupBy({ by: ["decision", "userId", "userName", "role", "imported"], _count: true });
    expect(signatures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          decision: "SUBMITTED",
          userId: "import",
          userName: "Import (kommandorad)",
          role: "ADMIN",
          imported: true,
          _count: 190,
        }),
        expect.objectContaining({ decision: "COSIGNED", userId: "import", imported: true }),
      ]),
    );
    expect(signatures).toHaveLength(2);

    const events = await db.auditEvent.groupBy({ by: ["type", "actorId", "comment"], _count: true });
    expect(events).toEqual(
      expect.arrayContaining([
        { type: "scene.imported", actorId: null, comment: "Import från kommandoraden: source-figures.json", _count: 71 },
        { type: "assessment.imported", actorId: null, comment: "Import från kommandoraden: source-figures.json", _count: 190 },
      ]),
    );
    expect(events).toHaveLength(2);
  });
});

describe("importing again", () => {
  it("changes nothing and writes no audit event; a changed record is updated and audited", { timeout: SLOW }, async () => {
    const file = buildSourceFigures();
    await runImport(file, cli);
    const before = await tableCounts();
    const again = await runImport(file, cli);
    expect(again).toEqual({
      ok: true,
      summary: { scenes: { created: 0, updated: 0, unchanged: 71 }, assessments: { created: 0, updated: 0, unchanged: 190 } },
    });
    expect(await tableCounts()).toEqual(before);

    const changed = clone(file);
    changed.scenes[0]!.name = "Järva 1 (nytt namn)";
    changed.scenes[0]!.assessments![2]!.status = "submitted";
    const third = await runImport(changed, cli);
    expect(third).toEqual({
      ok: true,
      summary: { scenes: { created: 0, updated: 1, unchanged: 70 }, assessments: { created: 0, updated: 1, unchanged: 189 } },
    });
    const scene = await db.scene.findUniqueOrThrow({
      where: { ref: "JV-01" },
      include: { assessments: { where: { year: 2024 }, include: { signatures: true } } },
    });
    expect(scene).toMatchObject({ name: "Järva 1 (nytt namn)", version: 2 });
    expect(scene.assessments[0]!.status).toBe("SUBMITTED");
    expect(scene.assessments[0]!.signatures.map((s) => s.decision)).toEqual(["SUBMITTED"]);
    const events = await db.auditEvent.findMany({ where: { id: { gt: BigInt(before.events) } }, orderBy: { id: "asc" } });
    expect(events).toMatchObject([
      { type: "scene.imported", before: { name: "Järva 1" }, after: { name: "Järva 1 (nytt namn)" } },
      { type: "assessment.imported", before: { status: "COSIGNED" }, after: { status: "SUBMITTED" } },
    ]);
  });
});

/** A small valid scene in Järfälla, for files built in the tests. */
function jarfallaScene(ref: string, assessments: ImportAssessmentInput[]): ImportSceneInput {
  return { ref, name: "Testplats", municipalityCode: "0123", policeArea: "Järfälla", location: { lat: 59.4225, lng: 17.835 }, assessments };
}

const square = (lat: number, lng: number, half = 0.0005) => ({
  type: "Polygon",
  coordinates: [
    [
      [lng - half, lat - half],
      [lng + half, lat - half],
      [lng + half, lat + half],
      [lng - half, lat + half],
      [lng - half, lat - half],
    ],
  ],
});

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
      { path: "scenes[0].assessments[0].year", message: "Ange ett år mellan 2010 och 2026." },
      { path: "scenes[1].municipalityCode", message: "Okänd kommunkod 9999." },
      { path: "scenes[2].assessments[1].extent", message: "Polygonen korsar sig själv. Rita om den så att kanterna inte skär varandra." },
      { path: "scenes[3].assessments[0].answers.colour", message: "Frågan finns inte i frågeformuläret för 2021." },
      {
        path: "scenes[3].assessments[0].answers.site_description",
        message:
          "Texten innehåller ett personnummer eller samordningsnummer. Bedömningen beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
      },
      {
        path: "scenes[3].assessments[1].policeArea",
        message: "Lokalpolisområde Lidingö-Kungsholmen omfattade inte stadsdelsområde Järva den 2023-12-31.",
      },
      { path: "scenes[3].ref", message: "Referensen JV-01 används redan av scenes[0] i filen." },
      { path: "scenes[4].assessments[1].year", message: "Platsen har redan en bedömning för 2017 i filen." },
      { path: "scenes[5].closedYear", message: "Ange ett år mellan 2010 och 2026." },
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
});

describe("years and statuses beyond the figures", () => {
  it("seeds a questionnaire for a year before any stored one, and signs by status", async () => {
    const file: ImportFileInput = {
      format: "oppna-drogscener/import-v1",
      scenes: [
        {
          ...jarfallaScene("T-10", [
            { year: 2017, status: "returned", isOpenDrugScene: true, mainSubstance: "cocaine", extent: square(59.4225, 17.835) },
            { year: 2018, status: "draft", answers: { site_description: "Torget." } },
          ]),
          extent: square(59.4226, 17.8351, 0.0004),
        },
      ],
    };
    const result = await runImport(file, cli);
    expect(result.ok).toBe(true);
    expect(await db.questionnaireVersion.count({ where: { year: { in: [2017, 2018] } } })).toBe(2);
    const scene = await db.scene.findUniqueOrThrow({
      where: { ref: "T-10" },
      include: { assessments: { include: { signatures: { orderBy: { at: "asc" } } }, orderBy: { year: "asc" } } },
    });
    expect(scene).toMatchObject({ firstYear: 2017, status: "ACTIVE", lastYear: null, extent: square(59.4226, 17.8351, 0.0004) });
    expect(
      scene.assessments.map((a) => [a.year, a.status, a.isOpenDrugScene, a.mainSubstance, a.signatures.map((s) => s.decision)]),
    ).toEqual([
      [2017, "RETURNED", true, "cocaine", ["SUBMITTED", "RETURNED"]],
      [2018, "DRAFT", null, null, []],
    ]);
  });
});

describe("importAction", () => {
  const upload = (content: string, name = "import.json") => {
    const data = new FormData();
    data.append("file", new File([content], name, { type: "application/json" }));
    return data;
  };
  const smallFile = JSON.stringify({
    format: "oppna-drogscener/import-v1",
    scenes: [jarfallaScene("T-20", [{ year: 2024, status: "cosigned", isOpenDrugScene: true }])],
  });

  it("imports as the signed-in admin, who is named on the signatures and in the audit log", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const state = await importAction(idle, upload(smallFile, "gamla-systemet.json"));
    expect(state).toMatchObject({
      ok: true,
      message: "Importen av gamla-systemet.json är klar.",
      summary: { scenes: { created: 1 }, assessments: { created: 1 } },
    });
    const signatures = await db.assessmentSignature.findMany({ orderBy: { at: "asc" } });
    expect(signatures.map((s) => [s.decision, s.userId, s.userName, s.role, s.imported])).toEqual([
      ["SUBMITTED", admin.id, admin.name, "ADMIN", true],
      ["COSIGNED", admin.id, admin.name, "ADMIN", true],
    ]);
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events).toMatchObject([
      {
        type: "scene.imported",
        actorId: admin.id,
        actorEmail: admin.email,
        comment: "Import via webben: gamla-systemet.json",
        before: null,
      },
      { type: "assessment.imported", actorId: admin.id, comment: "Import via webben: gamla-systemet.json", before: null },
    ]);
  });

  it("answers a missing file, a file that is not JSON and a file with errors at the right place", async () => {
    signInAs(await createTestUser("ADMIN"));
    expect((await importAction(idle, new FormData())).fieldErrors?.file).toEqual(["Välj en JSON-fil att importera."]);
    expect((await importAction(idle, upload("{ inte json"))).fieldErrors?.file?.[0]).toMatch(/^Filen är inte giltig JSON: /);
    const bad = await importAction(idle, upload(smallFile.replace('"0123"', '"0999"')));
    expect(bad).toMatchObject({
      ok: false,
      formError: "Filen innehåller 1 fel. Ingenting har importerats.",
      issues: [{ path: "scenes[0].municipalityCode", message: "Okänd kommunkod 0999." }],
    });
    expect(await db.scene.count()).toBe(0);
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("refuses a %s and writes nothing", async (role) => {
    signInAs(await createTestUser(role, { policeAreas: ["Järfälla"], municipalityCode: "0123" }));
    const before = await tableCounts();
    const state = await importAction(idle, upload(smallFile));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses an anonymous caller and writes nothing", async () => {
    signInAs(null);
    const state = await importAction(idle, upload(smallFile));
    expect(state).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await tableCounts()).toEqual({ scenes: 0, assessments: 0, signatures: 0, events: 0, questionnaires: expect.any(Number) });
  });
});

import { readFile } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ImportFileInput } from "@/lib/import/format";
import { runImport } from "@/lib/import/run-import";
import { buildSourceFigures, SOURCE_FIGURES } from "@/tests/fixtures/source-figures";
import { cli, jarfallaScene, resetImports, square } from "./import-fixtures";

const SLOW = 180_000;

beforeEach(resetImports);
afterAll(resetImports);

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

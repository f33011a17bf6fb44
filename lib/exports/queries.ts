import "server-only";
import { getReadDb } from "@/lib/read-replica";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Answers } from "@/lib/assessments/questionnaire/definition";
import { sceneScopeSql } from "@/lib/scenes/scope";
import { countingSql } from "@/lib/stats/counting-where";
import type { ExportScene } from "./types";

// One SQL query per export, whatever the number of scenes: Prisma's nested selects would add a
// query per relation (scene, municipality, LPO, district). It states the rules of
// countingAssessmentWhere() and sceneScope() in their SQL forms (countingSql(), sceneScopeSql());
// tests/integration/exports.test.ts checks that the two agree for every role.

type Row = Omit<ExportScene, "answers" | "isOpenDrugScene"> & { isOpenDrugScene: boolean | null; answers: unknown };

/**
 * The scenes that count in the year and lie in the user's scope, with the year's assessment and
 * the attribution it recorded, ordered by reference.
 */
export async function listExportScenes(user: SessionUser, year: number): Promise<ExportScene[]> {
  const reader = await getReadDb();
  const rows = await reader.$queryRaw<Row[]>`
    SELECT s.ref, s.name, s.lat, s.lng,
           a."municipalityCode", m.name AS "municipalityName", p.name AS "policeArea", d.name AS district,
           a.status::text AS status, a."isOpenDrugScene", a.development, a."mainSubstance", a."areaM2", a.extent, a.answers
    FROM "Assessment" a
    JOIN "Scene" s ON s.id = a."sceneId"
    JOIN "Municipality" m ON m.code = a."municipalityCode"
    JOIN "PoliceArea" p ON p.id = a."policeAreaId"
    LEFT JOIN "District" d ON d.id = a."districtId"
    WHERE a.year = ${year}
      AND ${countingSql()}
      AND ${sceneScopeSql(user)}
    ORDER BY s.ref`;
  return rows.map((row) => ({
    ...row,
    isOpenDrugScene: row.isOpenDrugScene === true,
    answers: (row.answers ?? {}) as Answers,
  }));
}

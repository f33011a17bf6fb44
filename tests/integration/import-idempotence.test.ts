import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runImport } from "@/lib/import/run-import";
import { buildSourceFigures } from "@/tests/fixtures/source-figures";
import { cli, clone, resetImports, tableCounts } from "./import-fixtures";

const SLOW = 180_000;

beforeEach(resetImports);
afterAll(resetImports);

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

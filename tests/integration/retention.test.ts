import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearExpiredFreeText, listExpiredFreeText } from "@/lib/assessments/retention";
import { getYearStats } from "@/lib/stats/year-stats";
import { createTestUser, resetDatabase } from "./helpers";
import { CHOICES, TEXT, createSceneWithFreeText, readScene } from "./retention-fixtures";

// The retention of free text (docs/decisions/0017): a scene ended longer ago than the period loses
// the words written about it — in its assessments, its decisions' comments and the log's copies —
// and keeps its place, its choices and the figures counted from them.

const YEARS = 3;
const YEAR = new Date().getFullYear();

async function world() {
  const admin = await createTestUser("ADMIN");
  const old = await createSceneWithFreeText({
    status: "CLOSED",
    lastYear: 2022,
    closedAt: new Date("2023-01-10T09:00:00Z"),
    years: [2021, 2022],
  });
  // Merged, with no closing event (imported so): its last year alone dates its end.
  const merged = await createSceneWithFreeText({ status: "MERGED", lastYear: 2021, closedAt: null, years: [2021] });
  const recent = await createSceneWithFreeText({ status: "CLOSED", lastYear: YEAR - 1, closedAt: new Date(), years: [YEAR - 1] });
  // Followed since 2021 and closed in the last year, years after its text was written: the period runs from the closing.
  const lateClosed = await createSceneWithFreeText({ status: "CLOSED", lastYear: 2021, closedAt: new Date(), years: [2021] });
  const open = await createSceneWithFreeText({ status: "ACTIVE", lastYear: null, closedAt: null, years: [2021, 2022] });
  return { admin, old, merged, untouched: [recent, lateClosed, open] };
}

const figures = (admin: Awaited<ReturnType<typeof createTestUser>>) =>
  Promise.all([2021, 2022, YEAR - 1].map((year) => getYearStats(admin, year)));

const hasText = (value: unknown) => Object.values(TEXT).some((text) => JSON.stringify(value).includes(text));

beforeEach(() => resetDatabase());

describe("retention of free text", () => {
  it("lists, without changing anything, the assessments of scenes ended longer ago than the period", async () => {
    const { old, merged, untouched } = await world();
    const before = await Promise.all([old, merged, ...untouched].map((s) => readScene(s.id)));

    const listed = await listExpiredFreeText(new Date(), YEARS);

    const counts = { questions: ["site_description", "police_notes"], signatureComments: 1, auditEvents: 3 };
    expect(listed).toEqual([
      expect.objectContaining({ sceneRef: old.ref, year: 2021, ...counts, closedSince: new Date("2023-01-10T09:00:00Z") }),
      expect.objectContaining({ sceneRef: old.ref, year: 2022, ...counts }),
      expect.objectContaining({ sceneRef: merged.ref, year: 2021, ...counts, closedSince: new Date("2021-12-31T23:00:00Z") }),
    ]);
    expect(await Promise.all([old, merged, ...untouched].map((s) => readScene(s.id)))).toEqual(before);
    expect(await db.auditEvent.count({ where: { type: "assessment.free_text_cleared" } })).toBe(0);
  });

  it("clears the free text only, logs one event per assessment, keeps the figures, and clears nothing the second time", async () => {
    const { admin, old, merged, untouched } = await world();
    const untouchedBefore = await Promise.all(untouched.map((s) => readScene(s.id)));
    const figuresBefore = await figures(admin);

    const cleared = await clearExpiredFreeText(new Date(), YEARS);

    expect(cleared.map((c) => [c.sceneRef, c.year])).toEqual([
      [old.ref, 2021],
      [old.ref, 2022],
      [merged.ref, 2021],
    ]);
    for (const scene of [old, merged]) {
      const { assessments, events } = await readScene(scene.id);
      for (const a of assessments) {
        expect(a).toMatchObject({
          answers: CHOICES,
          isOpenDrugScene: true,
          mainSubstance: "cannabis",
          areaM2: 1200,
          municipalityCode: "0123",
        });
        expect(a.signatures).toEqual([
          { decision: "COSIGNED", comment: null },
          { decision: "RETURNED", comment: null },
        ]);
      }
      expect(events.some(hasText)).toBe(false);
      // The import's comment names its file, not anyone: it stays.
      expect(events.filter((e) => e.type === "assessment.imported").map((e) => e.comment)).toEqual(
        assessments.map(() => "Import: fil.csv"),
      );
      const logged = events.filter((e) => e.type === "assessment.free_text_cleared");
      expect(logged.map((e) => e.entityId)).toEqual(assessments.map((a) => a.id));
      expect(logged[0]?.after).toMatchObject({
        sceneRef: scene.ref,
        questions: ["site_description", "police_notes"],
        retentionYears: YEARS,
      });
    }
    expect(await Promise.all(untouched.map((s) => readScene(s.id)))).toEqual(untouchedBefore);
    expect(untouchedBefore.every((s) => s.events.some(hasText))).toBe(true);
    expect(await figures(admin)).toEqual(figuresBefore);

    const eventsAfterFirst = await db.auditEvent.count();
    expect(await clearExpiredFreeText(new Date(), YEARS)).toEqual([]);
    expect(await listExpiredFreeText(new Date(), YEARS)).toEqual([]);
    expect(await db.auditEvent.count()).toBe(eventsAfterFirst);
  });
});

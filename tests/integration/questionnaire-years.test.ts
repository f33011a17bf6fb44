import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { runImport } from "@/lib/import/run-import";
import { createTestUser, currentUser, formData, signInAs } from "./helpers";
import { assessmentForm, completeAnswers, createCast } from "./assessment-fixtures";
import { cli, jarfallaScene, square } from "./import-fixtures";
import { NEXT, YEAR, redirectOf, restoreSeededVersions, storedVersion } from "./questionnaire-fixtures";
import { readCsv } from "../support/csv";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const q = await import("@/lib/assessments/questionnaire/actions");
const { saveAssessmentAction, startAssessmentAction } = await import("@/lib/assessments/actions");
const { openRoundAction } = await import("@/lib/rounds/actions");
const { GET: getSceneFile } = await import("@/app/api/v1/exports/scenes/[file]/route");

// Each year answers with its own version: the analysts' forms, the server's checks, the exports'
// columns and the import. Next year gets an option and a question this year does not have.

const idle = { ok: false };
const started = expect.objectContaining({ digest: expect.stringContaining("notice=assessment-started") });

beforeEach(restoreSeededVersions);
afterAll(restoreSeededVersions);

/** Next year's version: this year's with a new symptom and a new question, published, its round open. */
async function prepareNextYear(admin: SessionUser) {
  signInAs(admin);
  await redirectOf(q.prepareQuestionnaireAction(idle, formData({ year: String(NEXT) })));
  const base = { year: String(NEXT), question: "symptoms" };
  expect(await q.addOptionAction(idle, formData({ ...base, version: "1", code: "near_school", label: "Nära skola" }))).toMatchObject({
    ok: true,
  });
  const question = { section: "site", kind: "text", code: "lighting_notes", label: "Belysningen på platsen", options: "" };
  expect(await q.addQuestionAction(idle, formData({ ...base, ...question, version: "2" }))).toMatchObject({ ok: true });
  await redirectOf(q.publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "3" })));
  await redirectOf(openRoundAction(idle, formData({ year: String(NEXT), deadline: `${NEXT}-03-31` })));
}

async function startAs(analyst: SessionUser, year: number) {
  signInAs(analyst);
  const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
  await expect(startAssessmentAction(formData({ sceneId: scene.id, year: String(year) }))).rejects.toEqual(started);
  return db.assessment.findUniqueOrThrow({ where: { sceneId_year: { sceneId: scene.id, year } } });
}

async function exported(user: SessionUser, year: number) {
  signInAs(user);
  const file = `scenes-${year}.csv`;
  const response = await getSceneFile(new Request(`http://localhost/api/v1/exports/scenes/${file}`), { params: Promise.resolve({ file }) });
  expect(response.status).toBe(200);
  return readCsv(response);
}

describe("next year's version", () => {
  it("is the analysts' form for next year: the new option is accepted there and refused this year; each year's export has its own columns", async () => {
    const cast = await createCast();
    await prepareNextYear(cast.admin);
    const withNew = { ...completeAnswers, "q.symptoms": ["near_school", "unsafe"], "q.lighting_notes": "Mörkt under viadukten." };

    const next = await startAs(cast.analyst, NEXT);
    await expect(saveAssessmentAction(idle, await assessmentForm(next.id, withNew, "submit"))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("notice=assessment-submitted") }),
    );
    expect((await db.assessment.findUniqueOrThrow({ where: { id: next.id } })).answers).toMatchObject({
      symptoms: ["near_school", "unsafe"],
      lighting_notes: "Mörkt under viadukten.",
    });

    const now = await startAs(cast.analyst, YEAR);
    const refused = await saveAssessmentAction(idle, await assessmentForm(now.id, withNew, "submit"));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "q.symptoms": ["Välj ett av alternativen."] } });
    await expect(saveAssessmentAction(idle, await assessmentForm(now.id, completeAnswers, "submit"))).rejects.toBeDefined();

    const nextFile = await exported(cast.steering, NEXT);
    const thisFile = await exported(cast.steering, YEAR);
    expect(nextFile.header).toEqual(expect.arrayContaining(["symptoms", "symptoms (text)", "lighting_notes"]));
    expect(thisFile.header).not.toContain("lighting_notes");
    expect(nextFile.header.filter((h) => !thisFile.header.includes(h))).toEqual(["lighting_notes"]);
    expect(nextFile.rows).toEqual([
      expect.objectContaining({ ref: "S-0001", symptoms: "near_school;unsafe", lighting_notes: "Mörkt under viadukten." }),
    ]);
    expect(nextFile.rows[0]!["symptoms (text)"]).toBe("Nära skola; Platsen uppfattas som otrygg");
    expect(thisFile.rows.map((r) => r["symptoms (text)"])).toEqual([
      "Platsen uppfattas som otrygg; Platsen skapar obehag eller olägenhet för allmänheten",
    ]);
  });

  it("is not exported before its round is open", async () => {
    const steering = await createTestUser("STEERING");
    signInAs(steering);
    const file = `scenes-${NEXT}.csv`;
    const response = await getSceneFile(new Request(`http://localhost/api/v1/exports/scenes/${file}`), {
      params: Promise.resolve({ file }),
    });
    expect(response.status).toBe(400);
  });
});

describe("a year whose version is a draft", () => {
  /** This year without a stored version (nothing assessed after the reset), prepared again as a draft. */
  async function draftThisYear(admin: SessionUser) {
    await db.questionnaireVersion.delete({ where: { year: YEAR } });
    signInAs(admin);
    await redirectOf(q.prepareQuestionnaireAction(idle, formData({ year: String(YEAR) })));
  }

  it("cannot be assessed until it is published, and says so", async () => {
    const cast = await createCast();
    await draftThisYear(cast.admin);
    signInAs(cast.analyst);
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    await expect(startAssessmentAction(formData({ sceneId: scene.id, year: String(YEAR) }))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("notice=assessment-not-started") }),
    );
    expect(await db.assessment.count()).toBe(0);
    signInAs(cast.admin);
    await redirectOf(q.publishQuestionnaireAction(idle, formData({ year: String(YEAR), version: "1" })));
    expect(await startAs(cast.analyst, YEAR)).toMatchObject({ status: "DRAFT" });
  });

  it("is refused by the import, which checks every other year with that year's version", async () => {
    const admin = await createTestUser("ADMIN");
    await draftThisYear(admin);
    await q.addOptionAction(
      idle,
      formData({ year: String(YEAR), version: "1", question: "symptoms", code: "near_school", label: "Nära skola" }),
    );
    const assessment = (year: number) => ({
      year,
      status: "submitted" as const,
      isOpenDrugScene: true,
      development: "unchanged",
      symptoms: ["near_school"],
      mainSubstance: "cannabis",
      extent: square(59.4225, 17.835),
    });
    const file = (...years: number[]) => ({
      format: "oppna-drogscener/import-v1",
      scenes: [jarfallaScene("IMP-1", years.map(assessment))],
    });

    const draft = await runImport(file(YEAR), cli);
    expect(draft).toEqual({
      ok: false,
      issues: [
        {
          path: "scenes[0].assessments[0].year",
          message: `Frågeformuläret för ${YEAR} är ett utkast som inte har publicerats. Publicera det under Administration → Frågeformulär först.`,
        },
      ],
    });
    await redirectOf(q.publishQuestionnaireAction(idle, formData({ year: String(YEAR), version: "2" })));
    const lastYear = await runImport(file(YEAR - 1, YEAR), cli);
    expect(lastYear).toEqual({ ok: false, issues: [{ path: "scenes[0].assessments[0].symptoms", message: "Välj ett av alternativen." }] });
    expect(await runImport(file(YEAR), cli)).toMatchObject({ ok: true, summary: { assessments: { created: 1 } } });
  });
});

describe("the preview", () => {
  /** The analysts' form as the preview posts it, left empty but for its areas. */
  const previewForm = async (version: string, intent: "save" | "submit") => {
    const policeAreaId = (await db.policeArea.findUniqueOrThrow({ where: { name: "Järfälla" } })).id;
    return formData({ id: String(NEXT), version, intent, municipalityCode: "0123", policeAreaId, districtId: "", extent: "" });
  };

  it("checks the answers with the draft as an analyst's save or submission would, and writes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    await redirectOf(q.prepareQuestionnaireAction(idle, formData({ year: String(NEXT) })));
    const before = { version: await storedVersion(), events: await db.auditEvent.count() };

    const submitted = await q.previewQuestionnaireAction(idle, await previewForm("1", "submit"));
    expect(submitted).toMatchObject({ ok: false, values: { intent: "submit" } });
    expect(Object.keys(submitted.fieldErrors ?? {}).sort()).toEqual([
      "q.criminal_networks",
      "q.development",
      "q.is_open_drug_scene",
      "q.minors_present",
      "q.site_description",
    ]);
    const data = await previewForm("1", "save");
    data.append("q.symptoms", "unsafe");
    expect(await q.previewQuestionnaireAction(idle, data)).toEqual({
      ok: true,
      message: "Förhandsgranskning: svaren godtas som utkast. Inget har sparats.",
    });
    expect(await q.previewQuestionnaireAction(idle, await previewForm("9", "save"))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Någon annan har ändrat formuläret/),
    });
    expect({ version: await storedVersion(), events: await db.auditEvent.count() }).toEqual(before);
    expect(await db.assessment.count()).toBe(0);
  });

  it("is refused to anyone but an admin", async () => {
    signInAs(await createTestUser("ADMIN"));
    await redirectOf(q.prepareQuestionnaireAction(idle, formData({ year: String(NEXT) })));
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    expect(await q.previewQuestionnaireAction(idle, await previewForm("1", "save"))).toMatchObject({
      ok: false,
      formError: "Du har inte behörighet.",
    });
  });
});

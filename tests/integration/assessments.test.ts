import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { assessmentForm, completeAnswers, createCast } from "./assessment-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { decideAssessmentAction, saveAssessmentAction, startAssessmentAction } = await import("@/lib/assessments/actions");

const idle = { ok: false };
const YEAR = new Date().getFullYear();
const redirected = (notice: string) => expect.objectContaining({ digest: expect.stringContaining(`notice=assessment-${notice}`) });

let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
});

async function startAsAnalyst() {
  signInAs(cast.analyst);
  const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
  await expect(startAssessmentAction(formData({ sceneId: scene.id, year: String(YEAR) }))).rejects.toEqual(redirected("started"));
  return db.assessment.findUniqueOrThrow({ where: { sceneId_year: { sceneId: scene.id, year: YEAR } } });
}

describe("the co-signing cycle", () => {
  it("goes draft → submitted → returned → submitted → cosigned, with signatures and audit events", async () => {
    const a = await startAsAnalyst();
    expect(a).toMatchObject({ status: "DRAFT", municipalityCode: "0180" });

    await expect(saveAssessmentAction(idle, await assessmentForm(a.id, { "q.development": "unchanged" }, "save"))).rejects.toEqual(
      redirected("saved"),
    );
    await expect(saveAssessmentAction(idle, await assessmentForm(a.id, completeAnswers, "submit"))).rejects.toEqual(
      redirected("submitted"),
    );
    expect(await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "SUBMITTED",
      isOpenDrugScene: true,
      mainSubstance: "cannabis",
    });

    signInAs(cast.rep);
    const noComment = await decideAssessmentAction(idle, formData({ id: a.id, version: "3", decision: "return", comment: "" }));
    expect(noComment.fieldErrors?.comment?.[0]).toMatch(/Skriv en kommentar/);
    await expect(
      decideAssessmentAction(idle, formData({ id: a.id, version: "3", decision: "return", comment: "Beskriv samverkan." })),
    ).rejects.toEqual(redirected("returned"));

    signInAs(cast.analyst);
    await expect(
      saveAssessmentAction(idle, await assessmentForm(a.id, { ...completeAnswers, "q.partners": ["property_owners"] }, "submit")),
    ).rejects.toEqual(redirected("submitted"));
    signInAs(cast.rep);
    await expect(decideAssessmentAction(idle, formData({ id: a.id, version: "5", decision: "cosign" }))).rejects.toEqual(
      redirected("cosigned"),
    );

    const signatures = await db.assessmentSignature.findMany({ where: { assessmentId: a.id }, orderBy: { at: "asc" } });
    expect(signatures.map((s) => [s.decision, s.role, s.comment])).toEqual([
      ["SUBMITTED", "POLICE_ANALYST", null],
      ["RETURNED", "MUNICIPAL_REP", "Beskriv samverkan."],
      ["SUBMITTED", "POLICE_ANALYST", null],
      ["COSIGNED", "MUNICIPAL_REP", null],
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: a.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "assessment.created",
      "assessment.saved",
      "assessment.submitted",
      "assessment.returned",
      "assessment.submitted",
      "assessment.cosigned",
    ]);
    expect(events[3]).toMatchObject({ comment: "Beskriv samverkan.", before: { status: "SUBMITTED" }, after: { status: "RETURNED" } });

    // Co-signed: read-only for the analyst, until an admin reopens it with a reason.
    signInAs(cast.analyst);
    expect((await saveAssessmentAction(idle, await assessmentForm(a.id, completeAnswers, "save"))).formError).toBe(
      "Bedömningen kan inte ändras i sitt nuvarande läge.",
    );
    signInAs(cast.admin);
    expect(
      (await decideAssessmentAction(idle, formData({ id: a.id, version: "6", decision: "reopen" }))).fieldErrors?.comment,
    ).toBeDefined();
    await expect(
      decideAssessmentAction(idle, formData({ id: a.id, version: "6", decision: "reopen", comment: "Fel år på utbredningen." })),
    ).rejects.toEqual(redirected("reopened"));
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("DRAFT");
  });

  it("starts from last year's final answers", async () => {
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    await db.assessment.create({
      data: {
        sceneId: scene.id,
        year: YEAR - 1,
        status: "COSIGNED",
        answers: { main_substance: "cocaine", symptoms: ["unsafe"] },
        municipalityCode: "0180",
        policeAreaId: scene.policeAreaId,
        districtId: scene.districtId,
      },
    });
    const a = await startAsAnalyst();
    expect(a.answers).toEqual({ main_substance: "cocaine", symptoms: ["unsafe"] });
  });
});

describe("validation", () => {
  it("refuses an incomplete submission with messages at the questions and writes nothing", async () => {
    const a = await startAsAnalyst();
    const state = await saveAssessmentAction(idle, await assessmentForm(a.id, { "q.development": "new" }, "submit"));
    expect(state.fieldErrors).toMatchObject({ "q.is_open_drug_scene": [expect.any(String)], "q.site_description": [expect.any(String)] });
    expect(state.values).toMatchObject({ "q.development": "new" });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("refuses a personal identity number in free text, even in a draft, and explains why", async () => {
    const a = await startAsAnalyst();
    const state = await saveAssessmentAction(
      idle,
      await assessmentForm(a.id, { "q.actors_notes": "Säljaren 19811218-9876 är där varje dag" }, "save"),
    );
    expect(state.fieldErrors?.["q.actors_notes"]?.[0]).toMatch(/personnummer eller samordningsnummer.*aldrig enskilda personer/);
    expect(state.values?.["q.actors_notes"]).toBe("Säljaren 19811218-9876 är där varje dag");
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
  });

  it("answers a stale save with a conflict and keeps the input", async () => {
    const a = await startAsAnalyst();
    const first = await assessmentForm(a.id, { "q.development": "reduced" }, "save");
    const second = await assessmentForm(a.id, { "q.development": "increased" }, "save");
    await saveAssessmentAction(idle, first).catch(() => undefined);
    const state = await saveAssessmentAction(idle, second);
    expect(state).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Någon annan har ändrat/),
      values: { "q.development": "increased" },
    });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).development).toBe("reduced");
  });

  it("refuses an LPO that did not cover the place that year", async () => {
    const a = await startAsAnalyst();
    const jarfalla = await db.policeArea.findUniqueOrThrow({ where: { name: "Järfälla" } });
    const state = await saveAssessmentAction(idle, await assessmentForm(a.id, {}, "save", { policeAreaId: jarfalla.id }));
    expect(state.fieldErrors?.policeAreaId?.[0]).toMatch(/Järfälla omfattar inte/);
  });
});

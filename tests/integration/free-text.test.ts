import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { createAssessmentIn, createCast } from "./assessment-fixtures";
import { jarfallaScene, resetImports } from "./import-fixtures";
import { sceneForm } from "./scene-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createSceneAction, updateSceneAction } = await import("@/lib/scenes/actions");
const { decideAssessmentAction } = await import("@/lib/assessments/actions");
const { createInterventionAction, evaluateInterventionAction } = await import("@/lib/interventions/actions");
const { saveIndicatorAction } = await import("@/lib/indicators/actions");
const { importAction } = await import("@/lib/import/actions");

// A personal identity number in any free text is refused through the real server actions: the
// same message at the field, what was typed kept, and nothing written (no row, no audit event).
// 19121212-1212 is Skatteverket's test number: valid by date and check digit, nobody's.

const PNR = "19121212-1212";
const REFUSED =
  "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.";

const idle = { ok: false };
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(path) });

/** Every table a refused form could have written to. */
async function rowCounts() {
  return {
    scenes: await db.scene.count(),
    assessments: await db.assessment.count(),
    signatures: await db.assessmentSignature.count(),
    interventions: await db.intervention.count(),
    indicators: await db.sceneIndicator.count(),
    events: await db.auditEvent.count(),
  };
}

let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
});

afterAll(resetImports);

describe("a scene", () => {
  it("refuses a new scene with an identity number in its description, keeps the text and writes nothing", async () => {
    signInAs(cast.analyst);
    const description = `Säljaren ${PNR} står vid trappan.`;
    const before = await rowCounts();
    const state = await createSceneAction(idle, formData(await sceneForm("rinkeby", { description })));
    expect(state.fieldErrors).toEqual({ description: [REFUSED] });
    expect(state.values).toMatchObject({ description, name: "Plats vid rinkeby" });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses one in a changed name and leaves the scene as it was", async () => {
    signInAs(cast.admin);
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    const before = await rowCounts();
    const form = await sceneForm("rinkeby", { id: scene.id, version: String(scene.version), name: `Torget (${PNR})` });
    const state = await updateSceneAction(idle, formData(form));
    expect(state.fieldErrors).toEqual({ name: [REFUSED] });
    expect(state.values?.name).toBe(`Torget (${PNR})`);
    expect(await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).toMatchObject({ name: scene.name, version: scene.version });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a decision", () => {
  it("refuses a return comment with an identity number: no signature, no event, still submitted", async () => {
    const assessment = await createAssessmentIn("SUBMITTED");
    signInAs(cast.rep);
    const comment = `Ta bort ${PNR} ur beskrivningen.`;
    const before = await rowCounts();
    const state = await decideAssessmentAction(idle, formData({ id: assessment.id, version: "1", decision: "return", comment }));
    expect(state.fieldErrors).toEqual({ comment: [REFUSED] });
    expect(state.values?.comment).toBe(comment);
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).toMatchObject({ status: "SUBMITTED", version: 1 });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an administrator's reason to reopen with one, and the assessment stays co-signed", async () => {
    const assessment = await createAssessmentIn("COSIGNED");
    signInAs(cast.admin);
    const before = await rowCounts();
    const comment = `Gäller 121212-1212.`;
    const state = await decideAssessmentAction(idle, formData({ id: assessment.id, version: "1", decision: "reopen", comment }));
    expect(state.fieldErrors).toEqual({ comment: [REFUSED] });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).toMatchObject({ status: "COSIGNED" });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("an intervention", () => {
  const fields = { type: "police_presence", actor: "police", startDate: "2024-03-01", endDate: "" };

  it("refuses a description with an identity number, keeps every field and writes nothing", async () => {
    signInAs(cast.analyst);
    const sceneId = (await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } })).id;
    const description = `Samtal med ${PNR} varje kväll.`;
    const before = await rowCounts();
    const state = await createInterventionAction(idle, formData({ ...fields, sceneId, description }));
    expect(state.fieldErrors).toEqual({ description: [REFUSED] });
    expect(state.values).toMatchObject({ ...fields, description });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an evaluation with one and leaves the intervention unevaluated", async () => {
    signInAs(cast.analyst);
    const sceneId = (await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } })).id;
    await expect(createInterventionAction(idle, formData({ ...fields, sceneId, description: "Närvaro kvällstid." }))).rejects.toEqual(
      redirectTo("notice=intervention-created"),
    );
    const intervention = await db.intervention.findFirstOrThrow({ where: { sceneId } });
    signInAs(cast.rep);
    const before = await rowCounts();
    const evaluation = `Färre ärenden, utom för 1212121212.`;
    const form = { id: intervention.id, version: "1", effect: "positive", evaluation };
    const state = await evaluateInterventionAction(idle, formData(form));
    expect(state.fieldErrors).toEqual({ evaluation: [REFUSED] });
    expect(await db.intervention.findUniqueOrThrow({ where: { id: intervention.id } })).toMatchObject({ effect: null, version: 1 });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("an indicator value", () => {
  it("refuses a source with an identity number and writes nothing", async () => {
    signInAs(cast.analyst);
    const sceneId = (await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } })).id;
    const before = await rowCounts();
    const form = { sceneId, version: "", year: "2024", indicator: "violent_crimes", value: "14", source: `Anmälan av ${PNR}` };
    const state = await saveIndicatorAction(idle, formData({ ...form, periodFrom: "", periodTo: "", sampleSize: "" }));
    expect(state.fieldErrors).toEqual({ source: [REFUSED] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("an import", () => {
  it("refuses a file with an identity number in a line's texts, lists each, and imports nothing", async () => {
    await resetImports();
    signInAs(cast.admin);
    const before = await rowCounts();
    const file = {
      format: "oppna-drogscener/import-v1",
      scenes: [
        { ...jarfallaScene("T-1", []), firstYear: 2024, description: `Säljaren ${PNR}` },
        jarfallaScene("T-2", [{ year: 2024, status: "draft", answers: { site_description: `Vid ${PNR}` } }]),
        { ...jarfallaScene("191212121212", []), firstYear: 2024 },
      ],
    };
    const data = new FormData();
    data.append("file", new File([JSON.stringify(file)], "import.json", { type: "application/json" }));
    const state = await importAction(idle, data);
    expect(state).toMatchObject({
      ok: false,
      formError: "Filen innehåller 3 fel. Ingenting har importerats.",
      issues: [
        { path: "scenes[0].description", message: REFUSED },
        { path: "scenes[1].assessments[0].answers.site_description", message: REFUSED },
        { path: "scenes[2].ref", message: REFUSED },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a file whose name holds an identity number, which the audit log would keep", async () => {
    await resetImports();
    signInAs(cast.admin);
    const before = await rowCounts();
    const file = { format: "oppna-drogscener/import-v1", scenes: [{ ...jarfallaScene("T-1", []), firstYear: 2024 }] };
    const data = new FormData();
    data.append("file", new File([JSON.stringify(file)], `${PNR}.json`, { type: "application/json" }));
    const state = await importAction(idle, data);
    expect(state.fieldErrors?.file).toEqual([
      "Filens namn innehåller ett personnummer eller samordningsnummer, och namnet sparas i loggen: byt namn på filen.",
    ]);
    expect(await rowCounts()).toEqual(before);
  });
});

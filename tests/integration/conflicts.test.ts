import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { assessmentForm, completeAnswers, createAssessmentIn, createCast } from "./assessment-fixtures";
import { sceneForm } from "./scene-fixtures";

// A writer whose version is stale is told so, sees what is stored now beside what they sent, keeps
// their input, and writes nothing.

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { updateSceneAction } = await import("@/lib/scenes/actions");
const { saveAssessmentAction, decideAssessmentAction } = await import("@/lib/assessments/actions");
const { closeSceneAction } = await import("@/lib/scenes/actions");
const { updateUserAction, setUserDisabledAction } = await import("@/lib/users/actions");

const idle = { ok: false };
let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
});

describe("a stale scene edit", () => {
  it("gets the conflict with the stored name beside the sent one, and overwrites nothing", async () => {
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    signInAs(cast.analyst);
    const edit = async (name: string) => formData({ ...(await sceneForm("rinkeby", { name })), id: scene.id, version: "1" });
    await updateSceneAction(idle, await edit("Rinkeby torg, norra delen")).catch(() => undefined);

    const stale = await updateSceneAction(idle, await edit("Rinkeby torg, södra delen"));
    expect(stale).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Någon annan har ändrat/),
      values: { name: "Rinkeby torg, södra delen", version: "1" },
    });
    expect(stale.conflict).toContainEqual({ label: "Namn", stored: "Rinkeby torg, norra delen", submitted: "Rinkeby torg, södra delen" });
    expect(await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).toMatchObject({ name: "Rinkeby torg, norra delen", version: 2 });
  });
});

describe("a stale close of a scene", () => {
  it("shows the status it has now beside the one intended", async () => {
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0002" } });
    signInAs(cast.analyst);
    const close = formData({ id: scene.id, version: "1", lastYear: "2024" });
    await updateSceneAction(
      idle,
      formData({ ...(await sceneForm("rinkeby", { name: "Tensta centrum" })), id: scene.id, version: "1" }),
    ).catch(() => undefined);
    const stale = await closeSceneAction(idle, close);
    expect(stale.conflict).toEqual([{ label: "Status", stored: "Aktiv", submitted: "Stängd" }]);
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).status).toBe("ACTIVE");
  });
});

describe("a stale change of a user", () => {
  it("shows the stored role and status beside the admin's own", async () => {
    const subject = await createTestUser("STEERING");
    signInAs(cast.admin);
    const fields = { id: subject.id, version: "1", name: subject.name, email: subject.email, municipalityCode: "" };
    await updateUserAction(idle, formData({ ...fields, role: "MUNICIPAL_REP", municipalityCode: "0180" })).catch(() => undefined);

    const staleRole = await updateUserAction(idle, formData({ ...fields, role: "ADMIN" }));
    expect(staleRole.conflict).toContainEqual({ label: "Roll", stored: "Kommunrepresentant", submitted: "Administratör" });
    const staleStatus = await setUserDisabledAction(idle, formData({ id: subject.id, version: "1", disabled: "true" }));
    expect(staleStatus.conflict).toEqual([{ label: "Status", stored: "Aktiv", submitted: "Inaktiverad" }]);
    expect(await db.user.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ role: "MUNICIPAL_REP", disabledAt: null });
  });
});

describe("a stale assessment", () => {
  const draft = () => createAssessmentIn("DRAFT");

  it("shows the answers saved meanwhile, by their questions and labels", async () => {
    const a = await draft();
    signInAs(cast.analyst);
    const mine = await assessmentForm(a.id, { ...completeAnswers, "q.main_substance": "amphetamine" }, "save");
    await saveAssessmentAction(idle, await assessmentForm(a.id, completeAnswers, "save")).catch(() => undefined);

    const stale = await saveAssessmentAction(idle, mine);
    expect(stale.formError).toMatch(/^Någon annan har ändrat/);
    expect(stale.conflict).toContainEqual({ label: "Huvudsakligt preparat", stored: "Cannabis", submitted: "Amfetamin" });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).mainSubstance).toBe("cannabis");
  });

  it("tells a representative who co-signs a version returned meanwhile that it changed, not that they may not", async () => {
    const a = await draft();
    await db.assessment.update({ where: { id: a.id }, data: { status: "SUBMITTED" } });
    signInAs(await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" }));
    const returned = formData({ id: a.id, version: "1", decision: "return", comment: "Komplettera." });
    await decideAssessmentAction(idle, returned).catch(() => undefined);

    const stale = await decideAssessmentAction(idle, formData({ id: a.id, version: "1", decision: "cosign" }));
    expect(stale.formError).toMatch(/^Någon annan har ändrat/);
    expect(stale.conflict).toEqual([{ label: "Status", stored: "Returnerad", submitted: "Medsignerad" }]);
    expect(await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "RETURNED", version: 2 });
  });
});

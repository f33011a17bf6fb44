import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AssessmentStatus, Transition } from "@/lib/assessments/workflow";
import { currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { assessmentForm, completeAnswers, createAssessmentIn, createCast } from "./assessment-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { decideAssessmentAction, saveAssessmentAction, startAssessmentAction } = await import("@/lib/assessments/actions");
const { getAssessment } = await import("@/lib/assessments/queries");

const idle = { ok: false };
const YEAR = new Date().getFullYear();
type Cast = Awaited<ReturnType<typeof createCast>>;
let cast: Cast;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
});

const assessmentIn = (status: AssessmentStatus) => createAssessmentIn(status);

const from: Record<Transition, AssessmentStatus> = {
  save: "DRAFT",
  submit: "DRAFT",
  cosign: "SUBMITTED",
  return: "SUBMITTED",
  reopen: "COSIGNED",
};
const allowed: Record<Transition, keyof Cast> = { save: "analyst", submit: "analyst", cosign: "rep", return: "rep", reopen: "admin" };

async function attempt(transition: Transition, id: string) {
  if (transition === "save" || transition === "submit")
    return saveAssessmentAction(idle, await assessmentForm(id, completeAnswers, transition));
  return decideAssessmentAction(idle, formData({ id, version: "1", decision: transition, comment: "En kommentar." }));
}

const roles = ["analyst", "otherAnalyst", "rep", "otherRep", "steering", "admin"] as const;

describe.each(Object.keys(from) as Transition[])("%s", (transition) => {
  it.each(roles)("as %s", async (role) => {
    const a = await assessmentIn(from[transition]);
    signInAs(cast[role]);
    const result = await attempt(transition, a.id).catch((error: { digest?: string }) => ({ redirected: error.digest ?? "" }));
    const after = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
    if (role === allowed[transition]) {
      expect(result).toMatchObject({ redirected: expect.stringContaining("/platser/S-0001/bedomningar/") });
      expect(after.version).toBe(2);
    } else {
      expect(result).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
      expect(after).toMatchObject({ status: from[transition], version: 1 });
      expect(await db.assessmentSignature.count()).toBe(0);
    }
  });
});

describe("starting an assessment", () => {
  it.each(roles)("as %s", async (role) => {
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    signInAs(cast[role]);
    await startAssessmentAction(formData({ sceneId: scene.id, year: String(YEAR) })).catch(() => undefined);
    expect(await db.assessment.count()).toBe(role === "analyst" ? 1 : 0);
  });
});

describe("reading", () => {
  it("finds an assessment only within the user's scope", async () => {
    await assessmentIn("SUBMITTED");
    const visible = await Promise.all(roles.map(async (role) => [role, (await getAssessment(cast[role], "S-0001", YEAR)) !== null]));
    expect(Object.fromEntries(visible)).toEqual({
      analyst: true,
      otherAnalyst: false,
      rep: true,
      otherRep: false,
      steering: true,
      admin: true,
    });
  });
});

describe("starting an assessment outside the years a scene is followed", () => {
  it("is refused for a year after the scene was closed, or before it was first followed", async () => {
    const kista = await db.scene.findUniqueOrThrow({ where: { ref: "S-0004" } }); // followed 2021–2023
    signInAs(cast.analyst);
    for (const year of ["2024", "2020"]) await startAssessmentAction(formData({ sceneId: kista.id, year })).catch(() => undefined);
    expect(await db.assessment.count({ where: { sceneId: kista.id } })).toBe(0);
    await startAssessmentAction(formData({ sceneId: kista.id, year: "2023" })).catch(() => undefined);
    expect(await db.assessment.count({ where: { sceneId: kista.id } })).toBe(1);
  });
});

import { AsyncLocalStorage } from "node:async_hooks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { currentUser, formData, resetDatabase } from "./helpers";
import { assessmentForm, completeAnswers, createAssessmentIn, createCast } from "./assessment-fixtures";

// Two writers who saw the same version, started together on two connections: exactly one wins,
// the other gets the conflict and nothing of theirs is written. Each racer runs as its own user.
// (On the embedded database, with its one connection, the two run one after the other; the
// assertions hold all the same.)

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { decideAssessmentAction, saveAssessmentAction } = await import("@/lib/assessments/actions");

const ROUNDS = 20;
const idle = { ok: false };
const actingUser = new AsyncLocalStorage<SessionUser>();
let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
  currentUser.mockImplementation(() => Promise.resolve(actingUser.getStore() ?? null));
});

async function assessmentIn(status: AssessmentStatus) {
  await db.assessment.deleteMany();
  return createAssessmentIn(status);
}

type Outcome = "won" | "conflict" | string;

/** Runs the action as the user; a redirect is success, the conflict message a lost race. */
async function race(user: SessionUser, run: () => Promise<{ formError?: string }>): Promise<Outcome> {
  try {
    const result = await actingUser.run(user, run);
    return result.formError?.startsWith("Någon annan har ändrat") ? "conflict" : JSON.stringify(result);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return "won";
    throw error;
  }
}

describe("two saves of the same assessment from the same version", () => {
  it(`let exactly one win, ${ROUNDS} times in a row`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assessmentIn("DRAFT");
      const first = await assessmentForm(a.id, { ...completeAnswers, "q.site_description": "Skrivet av den första." }, "save");
      const second = await assessmentForm(a.id, { ...completeAnswers, "q.site_description": "Skrivet av den andra." }, "save");
      const outcomes = await Promise.all([
        race(cast.analyst, () => saveAssessmentAction(idle, first)),
        race(cast.analyst, () => saveAssessmentAction(idle, second)),
      ]);
      const winner = outcomes[0] === "won" ? "den första." : "den andra.";
      expect([...outcomes].sort(), `round ${round}`).toEqual(["conflict", "won"]);
      const stored = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
      expect(stored.version).toBe(2);
      expect((stored.answers as Record<string, unknown>).site_description).toBe(`Skrivet av ${winner}`);
      expect(await db.auditEvent.count({ where: { entityId: a.id, type: "assessment.saved" } })).toBe(1);
    }
  });
});

describe("a resubmission racing a co-sign", () => {
  it(`never lets a co-sign of version 1 land on the returned assessment being resubmitted, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // The representative's page showed version 1 as submitted; it was returned and is now being
      // resubmitted by its author while the stale co-sign arrives.
      const a = await assessmentIn("RETURNED");
      const resubmit = await assessmentForm(a.id, completeAnswers, "submit");
      const cosign = formData({ id: a.id, version: "1", decision: "cosign" });
      const [submitted, cosigned] = await Promise.all([
        race(cast.analyst, () => saveAssessmentAction(idle, resubmit)),
        race(cast.rep, () => decideAssessmentAction(idle, cosign)),
      ]);
      expect([submitted, cosigned === "won" ? "won" : "refused"], `round ${round}`).toEqual(["won", "refused"]);
      const stored = await db.assessment.findUniqueOrThrow({ where: { id: a.id }, include: { signatures: true } });
      expect(stored).toMatchObject({ status: "SUBMITTED", version: 2, cosignedAt: null });
      expect(stored.signatures.map((s) => s.decision)).toEqual(["SUBMITTED"]);
    }
  });

  it(`lets exactly one of two submissions from the same version win, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assessmentIn("RETURNED");
      const form = () => assessmentForm(a.id, completeAnswers, "submit");
      const [one, two] = [await form(), await form()];
      const outcomes = await Promise.all([
        race(cast.analyst, () => saveAssessmentAction(idle, one)),
        race(cast.analyst, () => saveAssessmentAction(idle, two)),
      ]);
      expect([...outcomes].sort(), `round ${round}`).toEqual(["conflict", "won"]);
      const stored = await db.assessment.findUniqueOrThrow({ where: { id: a.id }, include: { signatures: true } });
      expect(stored.signatures).toHaveLength(1);
    }
  });
});

describe("two decisions on the same submitted assessment", () => {
  it(`let exactly one of a co-sign and a return from the same version win, ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assessmentIn("SUBMITTED");
      const cosign = formData({ id: a.id, version: "1", decision: "cosign" });
      const ret = formData({ id: a.id, version: "1", decision: "return", comment: "Komplettera." });
      const outcomes = await Promise.all([
        race(cast.rep, () => decideAssessmentAction(idle, cosign)),
        race(cast.rep, () => decideAssessmentAction(idle, ret)),
      ]);
      expect([...outcomes].sort(), `round ${round}`).toEqual(["conflict", "won"]);
      const stored = await db.assessment.findUniqueOrThrow({ where: { id: a.id }, include: { signatures: true } });
      expect(stored.version).toBe(2);
      expect(stored.signatures).toHaveLength(1);
      expect(stored.status).toBe(stored.signatures[0]!.decision === "COSIGNED" ? "COSIGNED" : "RETURNED");
    }
  });
});

describe("two admins giving one e-mail address to two new accounts at once", () => {
  it(`create one account and tell the other the address is taken, ${ROUNDS} times`, async () => {
    const { createUser } = await import("@/lib/users/mutations");
    for (let round = 0; round < ROUNDS; round++) {
      const input = { name: "Ny", email: `ny.${round}@test.se`, role: "STEERING" as const, municipalityCode: undefined, policeAreaIds: [] };
      const results = await Promise.all([createUser(cast.admin, input), createUser(cast.admin, input)]);
      expect(results.map((r) => r.ok).sort(), `round ${round}`).toEqual([false, true]);
      expect(results.find((r) => !r.ok)).toMatchObject({
        fieldErrors: { email: ["Det finns redan en användare med den e-postadressen."] },
      });
      expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    }
  });
});

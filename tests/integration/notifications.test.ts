import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { MAX_EMAIL_ATTEMPTS } from "@/lib/notifications/delivery";
import { currentUser, formData, resetDatabase, signInAs, createTestUser } from "./helpers";
import { assessmentForm, completeAnswers, createAssessmentIn, createCast } from "./assessment-fixtures";
import { APP_URL, setupTestSmtp, waitForOutbox } from "./smtp-fixture";

// Submit, return and co-sign notify those who act next, in the transition's own transaction, and
// their e-mails arrive at a real SMTP server after the commit; without the server the change still
// goes through and the e-mail waits for the next run.

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const smtp = setupTestSmtp(2531);
const { decideAssessmentAction, saveAssessmentAction } = await import("@/lib/assessments/actions");
const { runNotify } = await import("@/lib/notifications/run");

const idle = { ok: false };
const YEAR = new Date().getFullYear();
const page = `${APP_URL}/platser/S-0001/bedomningar/${YEAR}`;

let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  cast = await createCast();
});

/** Runs a server action that ends in a redirect, as the analyst or representative. */
async function act(user: SessionUser, run: () => Promise<unknown>) {
  signInAs(user);
  await expect(run()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
}

async function submit(id: string) {
  await act(cast.analyst, async () => saveAssessmentAction(idle, await assessmentForm(id, completeAnswers, "submit")));
}

async function decide(id: string, decision: "cosign" | "return", comment = "") {
  const { version } = await db.assessment.findUniqueOrThrow({ where: { id } });
  await act(cast.rep, () => decideAssessmentAction(idle, formData({ id, version: String(version), decision, comment })));
}

const rowsOf = (user: SessionUser) => db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });

describe("a submission", () => {
  it("notifies the municipality's active representatives in the app and by e-mail, with the reference and a link only", async () => {
    const quiet = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
    await db.user.update({ where: { id: quiet.id }, data: { emailNotifications: false } });
    const disabled = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const a = await createAssessmentIn("DRAFT");

    await submit(a.id);

    await expect.poll(() => smtp.server().to(cast.rep.email).length).toBe(1);
    const [mail] = smtp.server().to(cast.rep.email);
    expect(mail!.subject).toBe(`S-0001: bedömningen ${YEAR} väntar på medsignering`);
    expect(mail!.text).toContain(page);
    expect(mail!.text).toContain(`${APP_URL}/konto`);
    expect(mail!.autoSubmitted).toBe("auto-generated");
    // No case data: not the scene's name, not an answer, not who submitted it.
    for (const secret of ["Rinkeby", "Torget vid tunnelbanans uppgång", cast.analyst.name, cast.analyst.email]) {
      expect(mail!.subject + mail!.text).not.toContain(secret);
    }
    await waitForOutbox();
    expect(await rowsOf(cast.rep)).toMatchObject([
      {
        kind: "ASSESSMENT_SUBMITTED",
        sceneRef: "S-0001",
        year: YEAR,
        assessmentId: a.id,
        readAt: null,
        emailStatus: "SENT",
        emailAttempts: 1,
      },
    ]);
    // E-mail off: the notification is in the app only.
    expect(await rowsOf(quiet)).toMatchObject([{ kind: "ASSESSMENT_SUBMITTED", emailStatus: "OFF" }]);
    expect(smtp.server().to(quiet.email)).toEqual([]);
    for (const nobody of [disabled, cast.otherRep, cast.analyst, cast.otherAnalyst, cast.steering, cast.admin]) {
      expect(await rowsOf(nobody)).toEqual([]);
    }
    expect(smtp.server().inbox).toHaveLength(1);
  });

  it("writes nothing when the submission is refused", async () => {
    const a = await createAssessmentIn("DRAFT");
    signInAs(cast.analyst);
    const state = await saveAssessmentAction(idle, await assessmentForm(a.id, { "q.development": "new" }, "submit"));
    expect(state.ok).toBe(false);
    expect(await db.notification.count()).toBe(0);
  });
});

describe("a return and a co-signature", () => {
  it("notify the analysts of the scene's LPO, never the representative who made them, and not the comment", async () => {
    const a = await createAssessmentIn("SUBMITTED");
    await decide(a.id, "return", "Komplettera med polisens arbete under hösten.");
    await expect.poll(() => smtp.server().to(cast.analyst.email).length).toBe(1);
    const returned = smtp.server().to(cast.analyst.email)[0]!;
    expect(returned.subject).toBe(`S-0001: bedömningen ${YEAR} har returnerats av kommunen`);
    expect(returned.text).toContain(page);
    expect(returned.text).not.toContain("Komplettera");
    expect(returned.text).not.toContain(cast.rep.name);

    await submit(a.id);
    await decide(a.id, "cosign");
    await expect
      .poll(() =>
        smtp
          .server()
          .to(cast.analyst.email)
          .map((m) => m.subject),
      )
      .toEqual([`S-0001: bedömningen ${YEAR} har returnerats av kommunen`, `S-0001: bedömningen ${YEAR} är medsignerad`]);
    await waitForOutbox();
    expect((await rowsOf(cast.analyst)).map((n) => n.kind)).toEqual(["ASSESSMENT_RETURNED", "ASSESSMENT_COSIGNED"]);
    expect((await rowsOf(cast.rep)).map((n) => n.kind)).toEqual(["ASSESSMENT_SUBMITTED"]);
    expect(await rowsOf(cast.otherAnalyst)).toEqual([]);
  });

  it("a reopening by an admin notifies nobody", async () => {
    const a = await createAssessmentIn("COSIGNED");
    await act(cast.admin, () => decideAssessmentAction(idle, formData({ id: a.id, version: "1", decision: "reopen", comment: "Fel år." })));
    expect(await db.notification.count()).toBe(0);
  });
});

describe("when the SMTP server is down", () => {
  it("the change goes through, the e-mail waits, and the next run sends it once", async () => {
    await smtp.stop();
    const a = await createAssessmentIn("DRAFT");
    await submit(a.id);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SUBMITTED");
    // The attempt after the commit failed and was counted; the row waits for the next run.
    await expect
      .poll(async () => (await rowsOf(cast.rep)).map((n) => [n.emailStatus, n.emailAttempts, n.emailClaimedAt]))
      .toEqual([["PENDING", 1, null]]);
    expect((await rowsOf(cast.rep))[0]!.emailLastError).toMatch(/^E[A-Z]+/);

    await smtp.restart();
    const first = await runNotify(new Date());
    expect(first.delivery).toMatchObject({ configured: true, sent: 1, failed: 0, pending: 0 });
    const second = await runNotify(new Date());
    expect(second.delivery).toMatchObject({ sent: 0, failed: 0, pending: 0 });
    expect(smtp.server().to(cast.rep.email)).toHaveLength(1);
    expect(await rowsOf(cast.rep)).toMatchObject([{ emailStatus: "SENT", emailAttempts: 2 }]);
  });

  it("gives up after the last attempt, and says so", async () => {
    await smtp.stop();
    const a = await createAssessmentIn("DRAFT");
    await submit(a.id);
    await expect.poll(async () => (await rowsOf(cast.rep))[0]?.emailAttempts).toBe(1);
    await db.notification.updateMany({ data: { emailAttempts: MAX_EMAIL_ATTEMPTS - 1 } });
    const run = await runNotify(new Date());
    expect(run.delivery).toMatchObject({ sent: 0, failed: 0, gaveUp: 1, pending: 0 });
    expect(await rowsOf(cast.rep)).toMatchObject([{ emailStatus: "FAILED", emailAttempts: MAX_EMAIL_ATTEMPTS, readAt: null }]);
  });
});

describe("the e-mail setting at the time of sending", () => {
  it("an e-mail still waiting when the person turns e-mail off is not sent", async () => {
    await smtp.stop();
    const a = await createAssessmentIn("DRAFT");
    await submit(a.id);
    await expect.poll(async () => (await rowsOf(cast.rep))[0]?.emailAttempts).toBe(1);
    await db.user.update({ where: { id: cast.rep.id }, data: { emailNotifications: false } });
    await smtp.restart();
    const run = await runNotify(new Date());
    expect(run.delivery).toMatchObject({ sent: 0, skipped: 1, pending: 0 });
    expect(smtp.server().inbox).toEqual([]);
    expect(await rowsOf(cast.rep)).toMatchObject([{ emailStatus: "OFF" }]);
  });
});

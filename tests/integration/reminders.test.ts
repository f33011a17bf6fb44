import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatDeadline } from "@/lib/notifications/content";
import { addDays, stockholmDay } from "@/lib/tokens/policy";
import { createTestUser, resetDatabase } from "./helpers";
import { createAssessmentIn, createCast } from "./assessment-fixtures";
import { APP_URL, setupTestSmtp } from "./smtp-fixture";

// The reminders before a round's deadline and the "round opened" notification, against a real
// SMTP server: one digest a day per person with something left, however often and however many
// runs at once.

const smtp = setupTestSmtp(2532);
const { runNotify } = await import("@/lib/notifications/run");
const { createReminders } = await import("@/lib/notifications/remind");
const { notifyRoundOpened } = await import("@/lib/notifications/create");
const { deliverEmails } = await import("@/lib/notifications/delivery");

const YEAR = new Date().getFullYear();
const now = new Date();
const today = stockholmDay(now);
const day = (text: string) => new Date(`${text}T00:00:00Z`);

let cast: Awaited<ReturnType<typeof createCast>>;

beforeEach(async () => {
  await resetDatabase();
  await db.assessmentRound.deleteMany();
  cast = await createCast();
  // Järva (the analyst): S-0001 a draft, S-0002 co-signed, S-0003 not started → 2 left.
  // Järfälla (the other analyst): S-0005 and S-0006 not started → 2. Stockholm (the
  // representative): S-0007 submitted → 1 to co-sign. Järfälla's representative: nothing.
  await createAssessmentIn("DRAFT", "S-0001");
  await createAssessmentIn("COSIGNED", "S-0002");
  await createAssessmentIn("SUBMITTED", "S-0007");
});

afterAll(() => db.assessmentRound.deleteMany());

const openRound = (year: number, deadline: string, closedAt: Date | null = null) =>
  db.assessmentRound.create({ data: { year, deadline: day(deadline), closedAt } });

const reminders = () => db.notification.findMany({ where: { kind: "ROUND_REMINDER" }, orderBy: { userId: "asc" } });

describe("npm run notify", () => {
  it("sends each reminder once, however often it runs in a day; the next day again", async () => {
    const deadline = addDays(today, 3);
    await openRound(YEAR, deadline);

    const first = await runNotify(now);
    expect(first.reminders).toEqual({ created: 3, rounds: [{ year: YEAR, deadline }] });
    expect(first.delivery).toMatchObject({ sent: 3, failed: 0, pending: 0 });
    const second = await runNotify(now);
    expect(second.reminders.created).toBe(0);
    expect(second.delivery).toMatchObject({ sent: 0, pending: 0 });

    const inbox = smtp.server().inbox;
    expect(inbox.map((m) => m.to[0]).sort()).toEqual([cast.analyst.email, cast.otherAnalyst.email, cast.rep.email].sort());
    const subject = `Påminnelse: kartläggningen ${YEAR} ska vara klar senast ${formatDeadline(deadline)}`;
    expect(new Set(inbox.map((m) => m.subject))).toEqual(new Set([subject]));
    const analyst = smtp.server().to(cast.analyst.email)[0]!;
    expect(analyst.text).toContain("2 platser saknar inskickad bedömning");
    expect(analyst.text).toContain(`${APP_URL}/bedomningar`);
    expect(analyst.text).not.toMatch(/Rinkeby|Husby|Tensta/);
    expect(smtp.server().to(cast.rep.email)[0]!.text).toContain("1 bedömning väntar på din medsignering");

    const tomorrow = await runNotify(new Date(now.getTime() + 24 * 3600_000));
    expect(tomorrow.reminders.created).toBe(3);
    expect(smtp.server().inbox).toHaveLength(6);
  });

  it("two runs at once write and send each reminder once", async () => {
    await openRound(YEAR, addDays(today, 1));
    const runs = await Promise.all([runNotify(now), runNotify(now), runNotify(now)]);
    expect(runs.reduce((sum, run) => sum + run.reminders.created, 0)).toBe(3);
    expect(runs.reduce((sum, run) => sum + run.delivery.sent, 0)).toBe(3);
    expect(await reminders()).toHaveLength(3);
    expect(smtp.server().inbox).toHaveLength(3);
  });

  it("reminds nobody of a closed round, a deadline passed, or one more than the set days away", async () => {
    await openRound(YEAR, addDays(today, 8));
    await openRound(YEAR - 1, addDays(today, -1));
    await openRound(YEAR - 2, today, new Date());
    expect(await createReminders(now, 7)).toEqual({ created: 0, rounds: [] });
    expect(await createReminders(now, 8)).toMatchObject({ created: 3 });
  });

  it("gathers every open round in one digest, the nearest deadline first, and skips disabled people", async () => {
    const disabled = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const quiet = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    await db.user.update({ where: { id: quiet.id }, data: { emailNotifications: false } });
    await openRound(YEAR, addDays(today, 5));
    await openRound(YEAR - 1, today);

    await createReminders(now, 7);
    const mine = await db.notification.findFirstOrThrow({ where: { userId: cast.analyst.id } });
    expect(mine).toMatchObject({ year: YEAR - 1, deadline: day(today), reminderDay: day(today), emailStatus: "PENDING" });
    // Last year Järva had none of its three scenes assessed; this year two are left.
    expect(mine.reminder).toEqual([
      { year: YEAR - 1, deadline: today, count: 3, task: "assess" },
      { year: YEAR, deadline: addDays(today, 5), count: 2, task: "assess" },
    ]);
    expect(await db.notification.count({ where: { userId: disabled.id } })).toBe(0);
    expect(await db.notification.findFirstOrThrow({ where: { userId: quiet.id } })).toMatchObject({ emailStatus: "OFF" });
  });
});

describe("a round opened", () => {
  it("notifies every active analyst and representative, in the transaction that opens it", async () => {
    const quiet = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    await db.user.update({ where: { id: quiet.id }, data: { emailNotifications: false } });
    const deadline = day(`${YEAR}-12-15`);
    const ids = await db.$transaction(async (tx) => {
      await tx.assessmentRound.create({ data: { year: YEAR, deadline } });
      return notifyRoundOpened(tx, { year: YEAR, deadline });
    });
    const rows = await db.notification.findMany({ where: { id: { in: ids } }, include: { user: true } });
    expect(rows.map((n) => n.user.email).sort()).toEqual(
      [cast.analyst, cast.otherAnalyst, cast.rep, cast.otherRep, quiet].map((u) => u.email).sort(),
    );
    expect(rows.every((n) => n.kind === "ROUND_OPENED" && n.year === YEAR)).toBe(true);

    expect(await deliverEmails()).toMatchObject({ sent: 4, skipped: 0, pending: 0 });
    expect(smtp.server().inbox).toHaveLength(4);
    expect(smtp.server().to(quiet.email)).toEqual([]);
    expect(smtp.server().inbox[0]!.subject).toBe(`Kartläggningen ${YEAR} har öppnat, sista dag 15 december ${YEAR}`);
  });

  it("writes nothing when the transaction that opens it rolls back", async () => {
    const deadline = day(`${YEAR}-12-15`);
    await expect(
      db.$transaction(async (tx) => {
        await notifyRoundOpened(tx, { year: YEAR, deadline });
        throw new Error("the round could not be opened");
      }),
    ).rejects.toThrow("could not be opened");
    expect(await db.notification.count()).toBe(0);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { createSession } from "@/lib/auth/sessions/store";
import { createTestUser, formData, resetDatabase } from "./helpers";

// One's own notifications and e-mail setting, through the server actions on real sessions (the
// cookie mocked as next-auth would decode it): nobody reads or marks another person's.

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/auth", () => ({ auth }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { markAllNotificationsReadAction, updateEmailPreferenceAction } = await import("@/lib/notifications/actions");
const { openNotification } = await import("@/lib/notifications/mutations");
const { countUnreadNotifications, listNotifications, NOTIFICATIONS_PER_PAGE } = await import("@/lib/notifications/queries");

const YEAR = new Date().getFullYear();
let me: SessionUser;
let other: SessionUser;

async function signIn(user: SessionUser): Promise<void> {
  const sessionId = await db.$transaction((tx) =>
    createSession(tx, user, { method: "password", address: "10.0.0.1", userAgent: "Firefox/121.0", secondFactorAt: null }),
  );
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  auth.mockResolvedValue({ user: { id: user.id }, sessionId, sessionVersion });
}

const notify = (user: SessionUser, sceneRef: string) =>
  db.notification.create({ data: { userId: user.id, kind: "ASSESSMENT_SUBMITTED", year: YEAR, sceneRef, emailStatus: "OFF" } });

beforeEach(async () => {
  await resetDatabase();
  me = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
  other = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" });
});

describe("one's own notifications", () => {
  it("opening one marks it read and leads to its page; another person's id leads nowhere and changes nothing", async () => {
    const mine = await notify(me, "S-0017");
    const theirs = await notify(other, "S-0018");
    expect(await countUnreadNotifications(me.id)).toBe(1);

    expect(await openNotification(me.id, theirs.id)).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect(await openNotification(me.id, mine.id)).toBe(`/platser/S-0017/bedomningar/${YEAR}`);
    expect(await countUnreadNotifications(me.id)).toBe(0);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("lists only one's own, the newest first, a page at a time", async () => {
    for (let i = 1; i <= NOTIFICATIONS_PER_PAGE + 2; i++) {
      await db.notification.create({
        data: {
          userId: me.id,
          kind: "ASSESSMENT_SUBMITTED",
          year: YEAR,
          sceneRef: `S-${i}`,
          createdAt: new Date(Date.UTC(YEAR, 0, i)),
          emailStatus: "OFF",
        },
      });
    }
    await notify(other, "S-9999");
    const first = await listNotifications(me.id, 1);
    expect(first).toMatchObject({ total: NOTIFICATIONS_PER_PAGE + 2, pages: 2 });
    expect(first.notifications[0]!.content).toEqual({
      kind: "ASSESSMENT_SUBMITTED",
      sceneRef: `S-${NOTIFICATIONS_PER_PAGE + 2}`,
      year: YEAR,
    });
    const second = await listNotifications(me.id, 2);
    expect(second.notifications.map((n) => n.content)).toEqual([
      { kind: "ASSESSMENT_SUBMITTED", sceneRef: "S-2", year: YEAR },
      { kind: "ASSESSMENT_SUBMITTED", sceneRef: "S-1", year: YEAR },
    ]);
  });

  it("“Markera alla som lästa” marks the person's own, and no one else's", async () => {
    await notify(me, "S-0001");
    await notify(me, "S-0002");
    await notify(other, "S-0003");
    await signIn(me);
    const state = await markAllNotificationsReadAction({ ok: false }, formData({}));
    expect(state).toMatchObject({ ok: true, message: "2 aviseringar markerades som lästa." });
    expect(await countUnreadNotifications(me.id)).toBe(0);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("refuses anyone not signed in, and any field, such as another person's id", async () => {
    await notify(other, "S-0003");
    auth.mockResolvedValue(null);
    expect(await markAllNotificationsReadAction({ ok: false }, formData({}))).toMatchObject({ ok: false, formError: expect.any(String) });
    await signIn(me);
    expect(await markAllNotificationsReadAction({ ok: false }, formData({ userId: other.id }))).toMatchObject({ ok: false });
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });
});

describe("the e-mail setting", () => {
  const stored = async () => (await db.user.findUniqueOrThrow({ where: { id: me.id } })).emailNotifications;

  it("turns e-mail off and on, each change on record, and an unchanged one not", async () => {
    await signIn(me);
    expect(await stored()).toBe(true);
    // An unchecked box sends nothing: off.
    expect(await updateEmailPreferenceAction({ ok: false }, formData({}))).toMatchObject({
      ok: true,
      message: expect.stringMatching(/avstängda/),
    });
    expect(await stored()).toBe(false);
    await updateEmailPreferenceAction({ ok: false }, formData({}));
    expect(await updateEmailPreferenceAction({ ok: false }, formData({ emailNotifications: "on" }))).toMatchObject({ ok: true });
    expect(await stored()).toBe(true);
    const events = await db.auditEvent.findMany({ where: { type: "user.notifications_changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.entityId, e.before, e.after])).toEqual([
      [me.id, me.id, { emailNotifications: true }, { emailNotifications: false }],
      [me.id, me.id, { emailNotifications: false }, { emailNotifications: true }],
    ]);
  });

  it("refuses a bad value and writes nothing", async () => {
    await signIn(me);
    const state = await updateEmailPreferenceAction({ ok: false }, formData({ emailNotifications: "yes" }));
    expect(state).toMatchObject({ ok: false, values: { emailNotifications: "yes" } });
    expect(await stored()).toBe(true);
    expect(await db.auditEvent.count({ where: { type: "user.notifications_changed" } })).toBe(0);
  });
});

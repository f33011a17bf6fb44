import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions/store";
import { checkCredentials } from "@/lib/auth/sign-in";
import { createTestUser, resetDatabase } from "./helpers";

beforeEach(resetDatabase);

const PASSWORD = "ett-bra-lösenord";

async function failureReasons(): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: { type: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
  return events.map((e) => (e.after as { reason: string }).reason);
}

describe("checkCredentials", () => {
  it("accepts the right password, whatever the case of the address", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    const result = await checkCredentials(user.email.toUpperCase(), PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "STEERING" } });
  });

  it("gives the same answer for a wrong password, an unknown address and a disabled account, and logs which", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    const disabled = await createTestUser("STEERING", {}, PASSWORD);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const answers = [
      await checkCredentials(user.email, "fel", "10.0.0.1"),
      await checkCredentials("finns.inte@test.se", PASSWORD, "10.0.0.1"),
      await checkCredentials(disabled.email, PASSWORD, "10.0.0.1"),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    expect(await failureReasons()).toEqual(["invalid", "unknown_account", "disabled"]);
  });

  it("refuses a demo account on a database not marked as a demo's", async () => {
    const demo = await createTestUser("STEERING", {}, PASSWORD);
    await db.user.update({ where: { id: demo.id }, data: { email: "admin@demo.test" } });
    expect(await checkCredentials("admin@demo.test", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await failureReasons()).toEqual(["demo_refused"]);
    await db.demoMarker.create({ data: {} });
    expect((await checkCredentials("admin@demo.test", PASSWORD, "10.0.0.1")).ok).toBe(true);
  });
});

describe("throttling", () => {
  it("slows thirty wrong passwords from one address, while the owner signs in from another", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await checkCredentials(user.email, `fel-${i}`, "198.51.100.9"));
    expect(answers.slice(0, 5).every((a) => !a.ok && a.reason === "invalid")).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // Even the right password waits at the attacker's address…
    expect(await checkCredentials(user.email, PASSWORD, "198.51.100.9")).toMatchObject({ ok: false, reason: "throttled" });
    // …but not at the owner's.
    expect(await checkCredentials(user.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    expect((await failureReasons()).filter((r) => r === "throttled").length).toBeGreaterThan(20);
  });

  it("slows an account guessed from many addresses, but not its owner at an address they used before", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    await db.$transaction((tx) => createSession(tx, user, { method: "password", address: "10.0.0.1", userAgent: null }));
    for (let i = 0; i < 60; i++) await checkCredentials(user.email, `fel-${i}`, `203.0.113.${i}`);
    expect(await checkCredentials(user.email, PASSWORD, "192.0.2.1")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkCredentials(user.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("slows one address trying many accounts", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    for (let i = 0; i < 100; i++) await checkCredentials(`gissning-${i}@test.se`, "fel", "198.51.100.20");
    expect(await checkCredentials(user.email, PASSWORD, "198.51.100.20")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkCredentials(user.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("forgets the failures of an account and address after a successful sign-in there", async () => {
    const user = await createTestUser("STEERING", {}, PASSWORD);
    for (let i = 0; i < 4; i++) await checkCredentials(user.email, `fel-${i}`, "10.0.0.2");
    expect((await checkCredentials(user.email, PASSWORD, "10.0.0.2")).ok).toBe(true);
    for (let i = 0; i < 4; i++)
      expect(await checkCredentials(user.email, `fel-${i}`, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect((await checkCredentials(user.email, PASSWORD, "10.0.0.2")).ok).toBe(true);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "@/lib/auth/sign-in";
import { createTestUser, resetDatabase } from "./helpers";

beforeEach(resetDatabase);

describe("checkCredentials", () => {
  it("accepts the right password, whatever the case of the address", async () => {
    const user = await createTestUser("STEERING", {}, "ett-bra-lösenord");
    const result = await checkCredentials(user.email.toUpperCase(), "ett-bra-lösenord", "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "STEERING" } });
  });

  it("gives the same answer for a wrong password, an unknown address and a disabled account", async () => {
    const user = await createTestUser("STEERING", {}, "ett-bra-lösenord");
    const disabled = await createTestUser("STEERING", {}, "ett-bra-lösenord");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const answers = await Promise.all([
      checkCredentials(user.email, "fel", "10.0.0.1"),
      checkCredentials("finns.inte@test.se", "ett-bra-lösenord", "10.0.0.1"),
      checkCredentials(disabled.email, "ett-bra-lösenord", "10.0.0.1"),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("refuses even the right password after ten failed attempts on the account", async () => {
    const user = await createTestUser("STEERING", {}, "ett-bra-lösenord");
    for (let i = 0; i < 10; i++) await checkCredentials(user.email, `fel-${i}`, `10.0.0.${i}`);
    expect(await checkCredentials(user.email, "ett-bra-lösenord", "10.0.1.1")).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("forgets failed attempts after a successful sign-in", async () => {
    const user = await createTestUser("STEERING", {}, "ett-bra-lösenord");
    for (let i = 0; i < 9; i++) await checkCredentials(user.email, `fel-${i}`, "10.0.0.2");
    expect((await checkCredentials(user.email, "ett-bra-lösenord", "10.0.0.2")).ok).toBe(true);
    expect((await checkCredentials(user.email, "fel", "10.0.0.2")).ok).toBe(false);
    expect((await checkCredentials(user.email, "ett-bra-lösenord", "10.0.0.2")).ok).toBe(true);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { matchOidcAccount } from "@/lib/auth/oidc/match";
import { createTestUser, resetDatabase } from "./helpers";

// Who a provider's person is here: an account an admin created, found by the provider's verified
// e-mail address and then by its subject. Role and scope stay this app's.

beforeEach(resetDatabase);

describe("matchOidcAccount", () => {
  it("finds a user by the verified address, links the subject, and finds them by it after a change of address", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    const match = await matchOidcAccount("polisen", { sub: "p-123", email: analyst.email.toUpperCase(), email_verified: true });
    expect(match).toMatchObject({ ok: true, user: { id: analyst.id, role: "POLICE_ANALYST" } });
    expect(await db.userIdentity.findMany({ select: { provider: true, subject: true, userId: true } })).toEqual([
      { provider: "polisen", subject: "p-123", userId: analyst.id },
    ]);
    const renamed = await matchOidcAccount("polisen", { sub: "p-123", email: "nytt.namn@polisen.se", email_verified: true });
    expect(renamed).toMatchObject({ ok: true, user: { id: analyst.id } });
  });

  it("refuses an unknown person, an unverified address, and a second subject for a linked account", async () => {
    const user = await createTestUser("STEERING");
    expect(await matchOidcAccount("polisen", { sub: "x", email: "okand@polisen.se", email_verified: true })).toEqual({
      ok: false,
      reason: "unknown_account",
    });
    expect(await matchOidcAccount("polisen", { sub: "y", email: user.email, email_verified: false })).toEqual({
      ok: false,
      reason: "unknown_account",
    });
    expect(await matchOidcAccount("polisen", { sub: "y", email: user.email })).toEqual({ ok: false, reason: "unknown_account" });
    expect((await matchOidcAccount("polisen", { sub: "first", email: user.email, email_verified: true })).ok).toBe(true);
    expect(await matchOidcAccount("polisen", { sub: "second", email: user.email, email_verified: true })).toEqual({
      ok: false,
      reason: "unknown_account",
    });
    // Another provider may link its own subject to the same person.
    expect((await matchOidcAccount("solna", { sub: "first", email: user.email, email_verified: true })).ok).toBe(true);
  });

  it("refuses a disabled user, and a demo account outside a demo", async () => {
    const disabled = await createTestUser("STEERING");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await matchOidcAccount("polisen", { sub: "d", email: disabled.email, email_verified: true })).toEqual({
      ok: false,
      reason: "disabled",
    });
    const demo = await createTestUser("STEERING");
    await db.user.update({ where: { id: demo.id }, data: { email: "styrgrupp@demo.test" } });
    expect(await matchOidcAccount("polisen", { sub: "s", email: "styrgrupp@demo.test", email_verified: true })).toEqual({
      ok: false,
      reason: "demo_refused",
    });
  });
});

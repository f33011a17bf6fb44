import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/tokens/token";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createToken, revokeToken } = await import("@/lib/tokens/mutations");
const { authenticateToken, listTokens } = await import("@/lib/tokens/queries");
const { createTokenAction, revokeTokenAction } = await import("@/lib/tokens/actions");
const { getApiUser } = await import("@/lib/auth/api-user");

const idle = { ok: false };
const bearer = (token: string) => `Bearer ${token}`;

beforeEach(resetDatabase);

async function newToken(userId: string, name = "Power BI") {
  const result = await createToken(null, userId, name);
  if (!result.ok) throw new Error("the token was not created");
  return result.value;
}

describe("createToken, authenticateToken, revokeToken", () => {
  it("returns the token once, stores only its hash, and audits it on the user", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    const result = await createToken(admin, analyst.id, "Power BI");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.personalAccessToken.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(result.value.token).toMatch(/^ods_[A-Za-z0-9_-]{43}$/);
    expect(stored.tokenHash).toBe(hashToken(result.value.token));
    expect(JSON.stringify(stored)).not.toContain(result.value.token);
    const events = await db.auditEvent.findMany();
    expect(events).toMatchObject([
      {
        type: "token.created",
        actorId: admin.id,
        entityType: "user",
        entityId: analyst.id,
        after: { tokenId: result.value.id, name: "Power BI", revoked: false },
      },
    ]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(result.value.token);
  });

  it("authenticates as the token's user with their role and scope, until it is revoked", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva", "Järfälla"] });
    const { id, token } = await newToken(analyst.id);

    const caller = await authenticateToken(bearer(token));
    expect(caller?.tokenId).toBe(id);
    expect(caller?.user).toMatchObject({
      id: analyst.id,
      email: analyst.email,
      name: analyst.name,
      role: "POLICE_ANALYST",
      municipalityCode: null,
    });
    expect(caller?.user.policeAreaIds.sort()).toEqual([...analyst.policeAreaIds].sort());

    expect(await revokeToken(null, id)).toEqual({ ok: true, value: undefined });
    expect(await authenticateToken(bearer(token))).toBeNull();
    expect(await revokeToken(null, id)).toMatchObject({ ok: false, formError: "Token är redan återkallad." });
    expect(await db.auditEvent.count({ where: { type: "token.revoked" } })).toBe(1);
  });

  it("refuses an unknown, malformed or non-Bearer header", async () => {
    const user = await createTestUser("STEERING");
    const { token } = await newToken(user.id);
    expect(await authenticateToken(bearer(`ods_${"A".repeat(43)}`))).toBeNull();
    expect(await authenticateToken("Bearer nonsense")).toBeNull();
    expect(await authenticateToken(`Basic ${token}`)).toBeNull();
    expect(await authenticateToken(null)).toBeNull();
  });

  it("stops working when its user is disabled, and follows a change of role", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const { token } = await newToken(rep.id);
    await db.user.update({ where: { id: rep.id }, data: { role: "STEERING", municipalityCode: null } });
    expect((await authenticateToken(bearer(token)))?.user).toMatchObject({ role: "STEERING", municipalityCode: null });
    await db.user.update({ where: { id: rep.id }, data: { disabledAt: new Date() } });
    expect(await authenticateToken(bearer(token))).toBeNull();
  });

  it("is not created for a disabled or unknown user", async () => {
    const disabled = await createTestUser("STEERING");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await createToken(null, disabled.id, "x")).toMatchObject({ ok: false, fieldErrors: { userId: ["Användaren är inaktiverad."] } });
    expect(await createToken(null, "no-such-user", "x")).toMatchObject({ ok: false, fieldErrors: { userId: ["Användaren finns inte."] } });
    expect(await db.personalAccessToken.count()).toBe(0);
  });

  it("records the last use at most once a minute", async () => {
    const user = await createTestUser("STEERING");
    const { id, token } = await newToken(user.id);
    expect((await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await authenticateToken(bearer(token));
    const first = (await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateToken(bearer(token));
    expect((await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await db.personalAccessToken.update({ where: { id }, data: { lastUsedAt: longAgo } });
    await authenticateToken(bearer(token));
    expect((await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it("lists tokens without their hashes, of one user when asked", async () => {
    const a = await createTestUser("STEERING");
    const b = await createTestUser("ADMIN");
    await newToken(a.id, "R");
    await newToken(b.id, "QGIS");
    expect((await listTokens()).map((t) => t.name).sort()).toEqual(["QGIS", "R"]);
    const ofA = await listTokens(a.id);
    expect(ofA).toMatchObject([{ name: "R", revokedAt: null, lastUsedAt: null, user: { id: a.id, email: a.email, disabled: false } }]);
    expect(ofA[0]).not.toHaveProperty("tokenHash");
  });
});

describe("getApiUser", () => {
  it("takes the Bearer token when a header is present, and never falls back to the session", async () => {
    const steering = await createTestUser("STEERING");
    const admin = await createTestUser("ADMIN");
    const { token } = await newToken(steering.id);
    signInAs(admin);
    const url = "http://localhost/api/v1/scenes.geojson?ar=2024";
    expect(await getApiUser(new Request(url, { headers: { Authorization: bearer(token) } }))).toMatchObject({
      user: { id: steering.id },
      tokenId: expect.any(String),
    });
    expect(await getApiUser(new Request(url, { headers: { Authorization: "Bearer wrong" } }))).toBeNull();
    expect(await getApiUser(new Request(url))).toEqual({ user: admin, tokenId: null });
    signInAs(null);
    expect(await getApiUser(new Request(url))).toBeNull();
  });
});

describe("createTokenAction and revokeTokenAction", () => {
  it("let an admin create a token (shown once) and revoke it, with audit events", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(admin);
    const created = await createTokenAction(idle, formData({ userId: analyst.id, name: "  Power BI  " }));
    expect(created).toMatchObject({ ok: true, message: "Token har skapats. Kopiera den nu: den visas bara en gång." });
    expect(created.token).toMatch(/^ods_/);
    const [stored] = await listTokens(analyst.id);
    expect(stored?.name).toBe("Power BI");
    expect((await authenticateToken(bearer(created.token!)))?.user).toMatchObject({ id: analyst.id });

    const revoked = await revokeTokenAction(idle, formData({ id: stored!.id }));
    expect(revoked).toMatchObject({ ok: true, message: "Token har återkallats." });
    expect(await authenticateToken(bearer(created.token!))).toBeNull();
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => [e.type, e.actorId])).toEqual([
      ["token.created", admin.id],
      ["token.revoked", admin.id],
    ]);
  });

  it("answers bad input at the fields, keeping what was typed", async () => {
    signInAs(await createTestUser("ADMIN"));
    const state = await createTokenAction(idle, formData({ userId: "", name: "R-skript" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { userId: ["Välj en användare."] }, values: { name: "R-skript" } });
    expect(state.token).toBeUndefined();
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("refuse a %s and write nothing", async (role) => {
    const user = await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" });
    const { id, token } = await newToken(user.id);
    signInAs(user);
    const created = await createTokenAction(idle, formData({ userId: user.id, name: "Egen" }));
    expect(created).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(created.token).toBeUndefined();
    expect(await revokeTokenAction(idle, formData({ id }))).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await db.personalAccessToken.count()).toBe(1);
    expect(await authenticateToken(bearer(token))).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("refuse an anonymous caller", async () => {
    const user = await createTestUser("STEERING");
    const { id } = await newToken(user.id);
    signInAs(null);
    expect(await createTokenAction(idle, formData({ userId: user.id, name: "x" }))).toMatchObject({
      ok: false,
      formError: "Du måste vara inloggad.",
    });
    expect(await revokeTokenAction(idle, formData({ id }))).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await db.personalAccessToken.count({ where: { revokedAt: null } })).toBe(1);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, stockholmDay } from "@/lib/tokens/policy";
import { hashToken } from "@/lib/tokens/token";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { tokenInput } from "./token-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createToken, revokeToken } = await import("@/lib/tokens/mutations");
const { authenticateToken, listTokens } = await import("@/lib/tokens/queries");
const { createTokenAction, revokeTokenAction } = await import("@/lib/tokens/actions");
const { authorizeApiRequest, getApiUser } = await import("@/lib/auth/api-user");
const { GET: getStats } = await import("@/app/api/v1/stats/[year]/route");
const { GET: getIndicators } = await import("@/app/api/v1/indicators/[year]/route");
const { GET: getSceneFile } = await import("@/app/api/v1/exports/scenes/[file]/route");
const { GET: getInterventionsCsv } = await import("@/app/api/v1/exports/interventions.csv/route");
const { GET: getGeoJson } = await import("@/app/api/v1/scenes.geojson/route");
const { GET: getWhatWorks } = await import("@/app/api/v1/what-works/route");
const { GET: getWhatWorksCsv } = await import("@/app/api/v1/exports/what-works.csv/route");

const idle = { ok: false };
const bearer = (token: string) => `Bearer ${token}`;
const today = () => stockholmDay(new Date());
const createForm = (fields: Record<string, string> = {}) =>
  formData({ name: "Power BI", expiresOn: addDays(today(), 90), scope: "STATS", ...fields });

beforeEach(resetDatabase);

async function newToken(userId: string, name = "Power BI", scope: "STATS" | "STATS_AND_EXPORTS" = "STATS") {
  const result = await createToken(null, userId, tokenInput(name, scope));
  if (!result.ok) throw new Error("the token was not created");
  return result.value;
}

describe("createToken, authenticateToken, revokeToken", () => {
  it("returns the token once, stores only its hash, and audits it with its scope and expiry", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    const result = await createToken(analyst, analyst.id, tokenInput("Power BI", "STATS", 30));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.personalAccessToken.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(result.value.token).toMatch(/^ods_[A-Za-z0-9_-]{43}$/);
    expect(stored.tokenHash).toBe(hashToken(result.value.token));
    expect(stored.scope).toBe("STATS");
    // Valid through the 30th day, in Swedish time.
    const days = (stored.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThanOrEqual(31);
    expect(JSON.stringify(stored)).not.toContain(result.value.token);
    const events = await db.auditEvent.findMany();
    expect(events).toMatchObject([
      {
        type: "token.created",
        actorId: analyst.id,
        entityType: "user",
        entityId: analyst.id,
        after: { tokenId: result.value.id, name: "Power BI", scope: "STATS", expiresAt: stored.expiresAt.toISOString(), revoked: false },
      },
    ]);
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(result.value.token);
  });

  it("authenticates as the token's user with their role and scope, until it is revoked", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva", "Järfälla"] });
    const { id, token } = await newToken(analyst.id);

    const caller = await authenticateToken(bearer(token));
    expect(caller).toMatchObject({
      tokenId: id,
      scope: "STATS",
      user: { id: analyst.id, email: analyst.email, name: analyst.name, role: "POLICE_ANALYST", municipalityCode: null },
    });
    expect(caller?.user.policeAreaIds.sort()).toEqual([...analyst.policeAreaIds].sort());

    expect(await revokeToken(null, id)).toEqual({ ok: true, value: undefined });
    expect(await authenticateToken(bearer(token))).toBeNull();
    expect(await revokeToken(null, id)).toMatchObject({ ok: false, formError: "Token är redan återkallad." });
    const revoked = await db.auditEvent.findMany({ where: { type: "token.revoked" } });
    expect(revoked).toMatchObject([{ before: { tokenId: id, scope: "STATS", revoked: false }, after: { tokenId: id, revoked: true } }]);
  });

  it("refuses an expired token like a revoked one", async () => {
    const user = await createTestUser("STEERING");
    const { id, token } = await newToken(user.id);
    await db.personalAccessToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateToken(bearer(token))).toBeNull();
    const response = await getStats(new Request("http://localhost/api/v1/stats/2024", { headers: { Authorization: bearer(token) } }), {
      params: Promise.resolve({ year: "2024" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Ogiltig, utgången eller återkallad åtkomsttoken." });
    expect((await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
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
    expect(await authenticateToken(bearer(token))).toMatchObject({ user: { role: "STEERING", municipalityCode: null } });
    await db.user.update({ where: { id: rep.id }, data: { disabledAt: new Date() } });
    expect(await authenticateToken(bearer(token))).toBeNull();
  });

  it("is not created for a disabled or unknown user", async () => {
    const disabled = await createTestUser("STEERING");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await createToken(null, disabled.id, tokenInput("x"))).toMatchObject({ ok: false, formError: "Användaren är inaktiverad." });
    expect(await createToken(null, "no-such-user", tokenInput("x"))).toMatchObject({ ok: false, formError: "Användaren finns inte." });
    expect(await db.personalAccessToken.count()).toBe(0);
  });

  it("is never created by one user for another, an admin included", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    expect(await createToken(admin, analyst.id, tokenInput("x"))).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await createToken(analyst, admin.id, tokenInput("x"))).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await db.personalAccessToken.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
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
    await newToken(b.id, "QGIS", "STATS_AND_EXPORTS");
    expect((await listTokens()).map((t) => t.name).sort()).toEqual(["QGIS", "R"]);
    const ofA = await listTokens(a.id);
    expect(ofA).toMatchObject([
      { name: "R", scope: "STATS", revokedAt: null, lastUsedAt: null, user: { id: a.id, email: a.email, disabled: false } },
    ]);
    expect(ofA[0]?.expiresAt).toBeInstanceOf(Date);
    expect(ofA[0]).not.toHaveProperty("tokenHash");
  });
});

describe("the API with a token", () => {
  const withToken = (url: string, token: string) => new Request(`http://localhost${url}`, { headers: { Authorization: bearer(token) } });
  const year = { params: Promise.resolve({ year: "2024" }) };

  it("takes the Bearer token when a header is present, and never falls back to the session", async () => {
    const steering = await createTestUser("STEERING");
    const admin = await createTestUser("ADMIN");
    const { id, token } = await newToken(steering.id);
    signInAs(admin);
    const url = "/api/v1/scenes.geojson?ar=2024";
    expect(await getApiUser(withToken(url, token))).toMatchObject({ id: steering.id });
    expect(await getApiUser(withToken(url, "wrong"))).toBeNull();
    expect(await getApiUser(new Request(`http://localhost${url}`))).toMatchObject({ id: admin.id });
    expect(await authorizeApiRequest(withToken(url, token), "stats:read")).toEqual({
      user: expect.objectContaining({ id: steering.id }),
      tokenId: id,
    });
    expect(await authorizeApiRequest(new Request(`http://localhost${url}`), "stats:read")).toEqual({
      user: expect.objectContaining({ id: admin.id }),
      tokenId: null,
    });
    signInAs(null);
    expect(await getApiUser(new Request(`http://localhost${url}`))).toBeNull();
  });

  it("lets a statistics token read the statistics but not the exports, naming its scope", async () => {
    const steering = await createTestUser("STEERING");
    const { token } = await newToken(steering.id, "Power BI", "STATS");
    expect((await getStats(withToken("/api/v1/stats/2024", token), year)).status).toBe(200);
    expect((await getIndicators(withToken("/api/v1/indicators/2024", token), year)).status).toBe(200);
    expect((await getWhatWorks(withToken("/api/v1/what-works", token))).status).toBe(200);
    const refused = [
      await getSceneFile(withToken("/api/v1/exports/scenes/scenes-2024.csv", token), {
        params: Promise.resolve({ file: "scenes-2024.csv" }),
      }),
      await getInterventionsCsv(withToken("/api/v1/exports/interventions.csv", token)),
      await getWhatWorksCsv(withToken("/api/v1/exports/what-works.csv", token)),
      // Every scene with its extent, one feature each: an export, not a statistic.
      await getGeoJson(withToken("/api/v1/scenes.geojson?ar=2024", token)),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Åtkomsttoken har behörigheten ”Endast statistik” och får inte hämta detta." });
    }
  });

  it("lets a statistics-and-exports token read both", async () => {
    const steering = await createTestUser("STEERING");
    const { token } = await newToken(steering.id, "Excel", "STATS_AND_EXPORTS");
    expect((await getStats(withToken("/api/v1/stats/2024", token), year)).status).toBe(200);
    const file = await getSceneFile(withToken("/api/v1/exports/scenes/scenes-2024.csv", token), {
      params: Promise.resolve({ file: "scenes-2024.csv" }),
    });
    expect(file.status).toBe(200);
    expect((await getInterventionsCsv(withToken("/api/v1/exports/interventions.csv", token))).status).toBe(200);
    expect((await getWhatWorksCsv(withToken("/api/v1/exports/what-works.csv", token))).status).toBe(200);
    expect((await getGeoJson(withToken("/api/v1/scenes.geojson?ar=2024", token))).status).toBe(200);
  });
});

describe("createTokenAction and revokeTokenAction", () => {
  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING", "ADMIN"] as const)(
    "let a %s create a token for themselves (shown once) and revoke it, with audit events",
    async (role) => {
      const user = await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" });
      const other = await createTestUser("STEERING");
      signInAs(user);
      // A userId sent along is no field of the form: the token is the signed-in user's.
      const created = await createTokenAction(idle, createForm({ name: "  Power BI  ", scope: "STATS_AND_EXPORTS", userId: other.id }));
      expect(created).toMatchObject({ ok: true, message: "Token har skapats. Kopiera den nu: den visas bara en gång." });
      expect(created.token).toMatch(/^ods_/);
      expect(await listTokens(other.id)).toEqual([]);
      const [stored] = await listTokens(user.id);
      expect(stored).toMatchObject({ name: "Power BI", scope: "STATS_AND_EXPORTS" });
      expect(await authenticateToken(bearer(created.token!))).toMatchObject({ user: { id: user.id } });

      const revoked = await revokeTokenAction(idle, formData({ id: stored!.id }));
      expect(revoked).toMatchObject({ ok: true, message: "Token har återkallats." });
      expect(await authenticateToken(bearer(created.token!))).toBeNull();
      expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => [e.type, e.actorId, e.entityId])).toEqual([
        ["token.created", user.id, user.id],
        ["token.revoked", user.id, user.id],
      ]);
    },
  );

  it("answers a missing name, a past day and a day more than a year ahead at the fields, keeping what was typed", async () => {
    signInAs(await createTestUser("STEERING"));
    const past = await createTokenAction(idle, createForm({ name: "", expiresOn: addDays(today(), -1) }));
    expect(past).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Ange ett namn."], expiresOn: ["Datumet har redan passerat: välj ett datum efter i dag."] },
      values: { expiresOn: addDays(today(), -1) },
    });
    expect(past.token).toBeUndefined();
    const max = addDays(today(), 365);
    const late = await createTokenAction(idle, createForm({ name: "R-skript", expiresOn: addDays(today(), 366) }));
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: { expiresOn: [`En token får gälla högst ett år, alltså till och med ${max}.`] },
      values: { name: "R-skript" },
    });
    expect(await createTokenAction(idle, createForm({ expiresOn: "31/12" }))).toMatchObject({
      fieldErrors: { expiresOn: ["Ange ett datum som ÅÅÅÅ-MM-DD."] },
    });
    expect(await createTokenAction(idle, createForm({ scope: "EVERYTHING" }))).toMatchObject({
      fieldErrors: { scope: ["Välj en behörighet."] },
    });
    expect(await db.personalAccessToken.count()).toBe(0);
    expect(await createTokenAction(idle, createForm({ expiresOn: max }))).toMatchObject({ ok: true });
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)(
    "refuse a %s revoking another's token, writing nothing",
    async (role) => {
      const user = await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" });
      const owner = await createTestUser("STEERING");
      const { id, token } = await newToken(owner.id);
      signInAs(user);
      expect(await revokeTokenAction(idle, formData({ id }))).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
      expect(await revokeToken(user, id)).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
      expect(await authenticateToken(bearer(token))).not.toBeNull();
      expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
    },
  );

  it("let an admin revoke anyone's token, logged on its owner", async () => {
    const admin = await createTestUser("ADMIN");
    const owner = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    const { id, token } = await newToken(owner.id);
    signInAs(admin);
    expect(await revokeTokenAction(idle, formData({ id }))).toMatchObject({ ok: true });
    expect(await authenticateToken(bearer(token))).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { type: "token.revoked" } })).toMatchObject({ actorId: admin.id, entityId: owner.id });
  });

  it("refuse an anonymous caller", async () => {
    const user = await createTestUser("STEERING");
    const { id } = await newToken(user.id);
    signInAs(null);
    expect(await createTokenAction(idle, createForm())).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await revokeTokenAction(idle, formData({ id }))).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await db.personalAccessToken.count({ where: { revokedAt: null } })).toBe(1);
  });
});

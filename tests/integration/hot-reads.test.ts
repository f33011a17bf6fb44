import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { createSession, endSession } from "@/lib/auth/sessions/store";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, resetDatabase } from "./helpers";
import { tokenInput } from "./token-fixtures";

// The hot reads answered before Next (lib/hot-reads), through a real HTTP server as scripts/serve.ts
// runs them: what they answer is what Next's routes would, and whatever they cannot answer in full
// goes on to Next, here a marker answer.

const SECRET = "integration-secret-that-is-long-enough-for-jwt";
const COOKIE = "authjs.session-token";
vi.stubEnv("AUTH_SECRET", SECRET);
// The page cache keys entries by the build's id; the tests run without a build.
vi.mock("@/lib/page-cache/store", async (original) => ({
  ...(await original<typeof import("@/lib/page-cache/store")>()),
  pageCacheKey: (parts: string[]) => ["test-build", ...parts].join(":"),
}));

const { answerHotRead } = await import("@/lib/hot-reads");
const { findDashboardEntry } = await import("@/lib/page-cache/dashboard");
const { pageCacheKey, readPage, storePage } = await import("@/lib/page-cache/store");
const { answerStats } = await import("@/lib/stats/api-answer");
const { createToken } = await import("@/lib/tokens/mutations");

const NEXT = 599;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    void answerHotRead(req, res).then((answered) => {
      if (answered) return;
      res.writeHead(NEXT);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  await resetDatabase();
  await seedDemoData(db);
});

async function openSession(user: SessionUser): Promise<string> {
  return db.$transaction((tx) => createSession(tx, user, { method: "password", address: "10.0.0.1", userAgent: "vitest" }));
}

/** The cookie next-auth sets at sign-in (lib/auth/config.ts's jwt callback). */
async function sessionCookie(user: SessionUser, sessionId: string, sessionVersion = 1): Promise<string> {
  const token = { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion, sid: sessionId };
  return `${COOKIE}=${await encode({ token, secret: SECRET, salt: COOKIE, maxAge: 3600 })}`;
}

const STORED_NONCE = "c3RvcmVkLW5vbmNlLTEyMzQ1Ng==";
const PAGE = `<!DOCTYPE html><html lang="sv"><body><script nonce="${STORED_NONCE}">1</script>${"<p>Översikt</p>".repeat(200)}</body></html>`;

/** The dashboard's entry for `user` at `search`, stored at the figures' current generation. */
async function storeDashboard(user: SessionUser, search: string, html = PAGE, nonce = STORED_NONCE): Promise<void> {
  const key = pageCacheKey((await findDashboardEntry(user, search))!.key)!;
  await storePage(key, (await readPage(key)).generation!, html.replaceAll(STORED_NONCE, nonce), nonce);
}

const browser = (cookie: string, extra: Record<string, string> = {}) => ({ accept: "text/html,*/*", cookie, ...extra });

describe("the dashboard before Next", () => {
  it("answers a stored page with a nonce of its own and the headers Next gives every page", async () => {
    const steering = await createTestUser("STEERING");
    await storeDashboard(steering, "?ar=2025");
    const response = await fetch(`${origin}/oversikt?ar=2025`, {
      headers: browser(await sessionCookie(steering, await openSession(steering))),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-page-cache")).toBe("hit");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe(STORED_NONCE);
    expect(await response.text()).toBe(PAGE.replaceAll(STORED_NONCE, nonce!));
  });

  it("compresses for a client that takes gzip", async () => {
    const steering = await createTestUser("STEERING");
    await storeDashboard(steering, "?ar=2025");
    const cookie = await sessionCookie(steering, await openSession(steering));
    const { headers, body } = await rawGet("/oversikt?ar=2025", browser(cookie, { "accept-encoding": "gzip, br" }));
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers.vary).toContain("Accept-Encoding");
    expect(gunzipSync(body).toString()).toContain("<p>Översikt</p>");
  });

  it("leaves to Next what it cannot answer in full", async () => {
    const steering = await createTestUser("STEERING");
    await storeDashboard(steering, "?ar=2025");
    const sessionId = await openSession(steering);
    const cookie = await sessionCookie(steering, sessionId);
    const status = async (path: string, headers: Record<string, string>) => (await fetch(`${origin}${path}`, { headers })).status;
    expect(await status("/oversikt?ar=2025", browser(cookie))).toBe(200);
    // No entry for this address; not one the page's links build; the router's payload, not the page.
    expect(await status("/oversikt?ar=2024", browser(cookie))).toBe(NEXT);
    expect(await status("/oversikt?ar=2025&x=1", browser(cookie))).toBe(NEXT);
    expect(await status("/oversikt?ar=2025", browser(cookie, { rsc: "1" }))).toBe(NEXT);
    expect(await status("/oversikt?ar=2025", { cookie })).toBe(NEXT);
    // A user who has just written reads from the primary, as Next decides.
    expect(await status("/oversikt?ar=2025", browser(`${cookie}; ods-primary-reads=1`))).toBe(NEXT);
    // No cookie, a forged one, one of an older session version, one of a session since ended.
    expect(await status("/oversikt?ar=2025", browser(""))).toBe(NEXT);
    expect(await status("/oversikt?ar=2025", browser(`${COOKIE}=forged`))).toBe(NEXT);
    expect(await status("/oversikt?ar=2025", browser(await sessionCookie(steering, sessionId, 0)))).toBe(NEXT);
    await endSession(sessionId);
    expect(await status("/oversikt?ar=2025", browser(cookie))).toBe(NEXT);
  });

  it("never answers an entry rendered before the figures changed, even from its memory", async () => {
    const steering = await createTestUser("STEERING");
    await storeDashboard(steering, "?ar=2025");
    const cookie = await sessionCookie(steering, await openSession(steering));
    const get = () => fetch(`${origin}/oversikt?ar=2025`, { headers: browser(cookie) });
    // Twice: the second from the copy this process holds.
    for (let i = 0; i < 2; i++) expect(await (await get()).text()).toContain("<p>Översikt</p>");
    await db.$executeRaw`UPDATE "StatsGeneration" SET generation = generation + 1 WHERE id = 1`;
    expect((await get()).status).toBe(NEXT);
    // Rendered again (by any instance, with the render's own nonce): that page, not the copy.
    await storeDashboard(steering, "?ar=2025", PAGE.replaceAll("Översikt", "Ny översikt"), "YW5vdGhlci1yZW5kZXItMTIz");
    expect(await (await get()).text()).toContain("<p>Ny översikt</p>");
  });

  it("never answers another user's entry", async () => {
    const [steering, other] = [await createTestUser("STEERING"), await createTestUser("STEERING")];
    await storeDashboard(steering, "?ar=2025");
    expect(
      (await fetch(`${origin}/oversikt?ar=2025`, { headers: browser(await sessionCookie(other, await openSession(other))) })).status,
    ).toBe(NEXT);
  });
});

describe("the statistics API before Next", () => {
  async function tokenOf(user: SessionUser): Promise<string> {
    const result = await createToken(null, user.id, tokenInput("Power BI"));
    if (!result.ok) throw new Error("no token");
    return result.value.token;
  }

  it("answers a token's request as the route does, and audits the read", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const token = await tokenOf(rep);
    const response = await fetch(`${origin}/api/v1/stats/2025`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src");
    const expected = await answerStats({ user: rep, tokenId: null }, "2025");
    expect(await response.json()).toEqual(await expected.json());
    const reads = await db.auditEvent.findMany({ where: { type: "api.read", actorId: rep.id }, select: { after: true } });
    expect(reads.map((read) => (read.after as { via: string }).via)).toContain("token");

    const csv = await fetch(`${origin}/api/v1/stats/2025.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toBe(await (await answerStats({ user: rep, tokenId: null }, "2025.csv")).text());
  });

  it("leaves refusals and the session's callers to Next", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    const status = async (headers: Record<string, string>) => (await fetch(`${origin}/api/v1/stats/2025`, { headers })).status;
    expect(await status({ authorization: "Bearer ods_not-a-token" })).toBe(NEXT);
    expect(await status({ cookie: await sessionCookie(rep, await openSession(rep)) })).toBe(NEXT);
    const token = await tokenOf(rep);
    expect(await status({ authorization: `Bearer ${token}` })).toBe(200);
    await db.user.update({ where: { id: rep.id }, data: { disabledAt: new Date() } });
    expect(await status({ authorization: `Bearer ${token}` })).toBe(NEXT);
  });
});

/** A GET whose body is read as it came, compressed or not (fetch would decompress it). */
async function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

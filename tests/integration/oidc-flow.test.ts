import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { startOidcProvider, type TestProvider } from "../support/oidc-provider";
import { createTestUser, resetDatabase } from "./helpers";

// The whole authorization code flow, in process: next-auth's own route handlers (lib/auth/auth.ts)
// against a real OpenID provider on a loopback port, through the provider's login and consent
// pages, to the callback that admits a person or refuses them.

const PORT = 3902;
const APP = "http://localhost:3000";
vi.stubEnv("AUTH_SECRET", "integration-secret-that-is-long-enough-for-jwt");
vi.stubEnv("AUTH_URL", `${APP}/api/auth`);
vi.stubEnv("AUTH_TRUST_HOST", "true");
vi.stubEnv("AUTH_OIDC_PROVIDERS", "testidp");
vi.stubEnv("AUTH_OIDC_TESTIDP_ISSUER", `http://localhost:${PORT}`);
vi.stubEnv("AUTH_OIDC_TESTIDP_CLIENT_ID", "ods-integration");
vi.stubEnv("AUTH_OIDC_TESTIDP_CLIENT_SECRET", "integration-client-secret");
vi.stubEnv("AUTH_OIDC_TESTIDP_NAME", "Testleverantören");

// What scripts/serve.ts would have decided about the request's client.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-ods-client-address": "10.9.8.7", "user-agent": "vitest" }) }));

const { handlers } = await import("@/lib/auth/auth");

/** Cookies by name, as a browser keeps them for one site. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split(/=(.*)/s) as [string, string];
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

async function app(method: "GET" | "POST", url: string, jar: Jar, body?: URLSearchParams): Promise<Response> {
  const request = new NextRequest(new URL(url, APP), {
    method,
    headers: { cookie: jar.header(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    body,
  });
  const response = await (method === "GET" ? handlers.GET(request) : handlers.POST(request));
  jar.take(response);
  return response;
}

/** Through the provider's pages as a person would: its login form, then its consent form. */
async function atProvider(start: string, login: string): Promise<string> {
  const jar = new Jar();
  let url = start;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(APP)) return url;
    const page = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(page);
    if (page.status >= 300 && page.status < 400) {
      url = new URL(page.headers.get("location")!, url).toString();
      continue;
    }
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form at ${url}: ${html.slice(0, 200)}`);
    const fields = new URLSearchParams({ prompt, ...(prompt === "login" ? { login, password: "vad-som-helst" } : {}) });
    const posted = await fetch(new URL(action, url), {
      method: "POST",
      redirect: "manual",
      body: fields,
      headers: { cookie: jar.header() },
    });
    jar.take(posted);
    url = new URL(posted.headers.get("location")!, url).toString();
  }
  throw new Error("the provider never sent the person back");
}

/** Signs in through the provider as `login`; where the app sends the person, and its cookies. */
async function signInThroughProvider(login: string): Promise<{ location: string; jar: Jar }> {
  const jar = new Jar();
  const { csrfToken } = (await (await app("GET", "/api/auth/csrf", jar)).json()) as { csrfToken: string };
  const started = await app("POST", "/api/auth/signin/testidp", jar, new URLSearchParams({ csrfToken, callbackUrl: `${APP}/oversikt` }));
  const authorize = new URL(started.headers.get("location")!);
  expect(authorize.origin).toBe(`http://localhost:${PORT}`);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("state")).toBeTruthy();
  expect(authorize.searchParams.get("nonce")).toBeTruthy();
  const callback = await atProvider(authorize.toString(), login);
  const finished = await app("GET", callback, jar);
  return { location: finished.headers.get("location") ?? "", jar };
}

let provider: TestProvider;
let accounts: Record<string, { email: string; name: string }>;

beforeAll(async () => {
  accounts = {};
  provider = await startOidcProvider({
    port: PORT,
    clientId: "ods-integration",
    clientSecret: "integration-client-secret",
    redirectUri: `${APP}/api/auth/callback/testidp`,
    // Read at each sign-in: a test adds the people it needs.
    accounts,
  });
});
afterAll(() => provider.close());
beforeEach(resetDatabase);

describe("sign-in through an OpenID provider", () => {
  it("admits a person an admin created, with this app's role, and opens a session on the server", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    accounts["jonna"] = { email: analyst.email, name: "Jonna" };
    const { location, jar } = await signInThroughProvider("jonna");
    expect(location).toBe(`${APP}/oversikt`);
    expect(jar.has("authjs.session-token")).toBe(true);
    const session = await db.session.findFirstOrThrow({ where: { userId: analyst.id } });
    expect(session).toMatchObject({ method: "oidc:testidp", ipAddress: "10.9.8.7", endedAt: null });
    expect(await db.userIdentity.count({ where: { userId: analyst.id, provider: "testidp", subject: "jonna" } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { type: "auth.signed_in" }, select: { entityId: true, after: true } });
    expect(events).toEqual([{ entityId: analyst.id, after: { method: "oidc:testidp", address: "10.9.8.7" } }]);
  });

  it("refuses a person without an account here, and a disabled user, and logs why", async () => {
    accounts["okand"] = { email: "okand@polisen.se", name: "Okänd" };
    const unknown = await signInThroughProvider("okand");
    expect(unknown.location).toBe(`${APP}/login?fel=okant-konto`);
    expect(unknown.jar.has("authjs.session-token")).toBe(false);

    const disabled = await createTestUser("STEERING");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    accounts["tove"] = { email: disabled.email, name: "Tove" };
    expect((await signInThroughProvider("tove")).location).toBe(`${APP}/login?fel=inaktiverat`);

    expect(await db.session.count()).toBe(0);
    const failures = await db.auditEvent.findMany({ where: { type: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
    expect(failures.map((e) => (e.after as { reason: string }).reason)).toEqual(["unknown_account", "disabled"]);
  });
});

import { encode } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/permissions";
import type { CountingProxy } from "./count-proxy";
import { STATIC_PATH } from "./report";
import { loadTest, request, timeSequential, type HttpTarget, type Summary } from "./measure";

// The HTTP measurements against the app's server (scripts/serve.ts, as `npm start` runs it): GET /api/v1/stats/{year} with the user's personal
// access token, the dashboard page with a session cookie minted with the server's secret, and the
// static reference: /robots.txt, a file of public/ served by the same server through the same
// proxy (proxy.ts), so that the ratios compare the app's work with the server's own cost.

export const BENCH_AUTH_SECRET = "benchmark-only-secret-never-used-in-production-0001";
export const SESSION_COOKIE = "authjs.session-token";
const WARMUP = 10;
const SEQUENTIAL = 20;
const COUNTED_REQUESTS = 5;

export type HttpOptions = { year: number; clients: number; perClient: number; expectedScenes: number };

export type HttpResult = {
  /** One request at a time, then `clients` at once. */
  sequential: Summary[];
  concurrent: Summary[];
  /** The same three, by what they measure. */
  byTarget: Record<"api" | "dashboard" | "static", { sequential: Summary; concurrent: Summary }>;
  /** The dashboard page's HTML, uncompressed, in bytes. */
  dashboardHtmlBytes: number;
  /** The dashboard's session cookie, for other measurements of the same user. */
  cookie: string;
  /** SQL statements on the wire per request, averaged over sequential requests. */
  apiStatements: number;
  dashboardStatements: number;
  notes: string[];
};

/** The session cookie of a session the data set opened, as the sign-in would set it. */
export async function sessionCookieValue(user: SessionUser, sessionId: string): Promise<string> {
  // What lib/auth/config.ts's jwt callback puts in the token at sign-in: the session it names
  // was opened by the data set (generate.ts), as a sign-in would.
  const token = { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: 1, sid: sessionId };
  return encode({ token, secret: BENCH_AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 60 * 60 });
}

export async function sessionCookie(user: SessionUser, sessionId: string): Promise<string> {
  return `${SESSION_COOKIE}=${await sessionCookieValue(user, sessionId)}`;
}

async function expectOk(target: HttpTarget): Promise<string> {
  const { status, body } = await request(target);
  if (status !== 200) throw new Error(`${target.name}: ${target.url} answered ${status}: ${body.slice(0, 300)}`);
  return body;
}

/** The API target: the personal access token, or the session cookie when the token is refused. */
async function chooseApiTarget(url: string, token: string, cookie: string, notes: string[]): Promise<HttpTarget> {
  const name = `GET ${new URL(url).pathname}`;
  const withToken: HttpTarget = { name: `${name} (token)`, url, headers: { authorization: `Bearer ${token}` } };
  const { status } = await request(withToken);
  if (status === 200) return withToken;
  notes.push(`The personal access token was refused (${status}); the API was measured with the session cookie.`);
  return { name: `${name} (cookie)`, url, headers: { cookie } };
}

async function countStatements(proxy: CountingProxy, target: HttpTarget): Promise<number> {
  const before = proxy.statements();
  for (let i = 0; i < COUNTED_REQUESTS; i++) await expectOk(target);
  return (proxy.statements() - before) / COUNTED_REQUESTS;
}

export async function measureHttp(
  origin: string,
  proxy: CountingProxy,
  user: SessionUser,
  credentials: { token: string; sessionId: string },
  options: HttpOptions,
): Promise<HttpResult> {
  const notes: string[] = [];
  const { token } = credentials;
  const cookie = await sessionCookie(user, credentials.sessionId);
  const api = await chooseApiTarget(`${origin}/api/v1/stats/${options.year}`, token, cookie, notes);
  const dashboard: HttpTarget = {
    name: `GET /oversikt?ar=${options.year} (cookie)`,
    url: `${origin}/oversikt?ar=${options.year}`,
    // As a browser asks for a page: the page cache answers only requests for HTML.
    headers: { cookie, accept: "text/html,application/xhtml+xml" },
  };

  // The server must answer what the lib code answered in-process, and serve the page, not the login.
  const stats = JSON.parse(await expectOk(api)) as { scenes?: unknown };
  if (stats.scenes !== options.expectedScenes)
    throw new Error(`the API counted ${String(stats.scenes)} scenes, the lib code ${options.expectedScenes}`);
  const page = await expectOk(dashboard);
  if (!page.includes('data-testid="role"')) throw new Error("the dashboard page did not render for the signed-in user");
  const staticTarget: HttpTarget = { name: `GET ${STATIC_PATH} (static reference)`, url: `${origin}${STATIC_PATH}`, headers: {} };
  await expectOk(staticTarget);

  const sequential: Summary[] = [];
  for (const target of [staticTarget, api, dashboard])
    sequential.push(await timeSequential(target.name, SEQUENTIAL, WARMUP, () => expectOk(target)));
  const apiStatements = await countStatements(proxy, api);
  const dashboardStatements = await countStatements(proxy, dashboard);

  const staticLoad = await loadTest(staticTarget, options.clients, options.perClient);
  const apiLoad = await loadTest(api, options.clients, options.perClient);
  const dashboardLoad = await loadTest(dashboard, options.clients, options.perClient);
  for (const load of [staticLoad, apiLoad, dashboardLoad]) {
    if (load.errors > 0)
      notes.push(
        `${load.name}: ${load.errors} of ${load.requests} answers were not 200 (${[...load.statuses].map(([s, n]) => `${s}×${n}`).join(", ")}).`,
      );
  }
  return {
    sequential,
    concurrent: [staticLoad, apiLoad, dashboardLoad],
    byTarget: {
      static: { sequential: sequential[0]!, concurrent: staticLoad },
      api: { sequential: sequential[1]!, concurrent: apiLoad },
      dashboard: { sequential: sequential[2]!, concurrent: dashboardLoad },
    },
    dashboardHtmlBytes: Buffer.byteLength(page),
    cookie,
    apiStatements,
    dashboardStatements,
    notes,
  };
}

import { encode } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/permissions";
import type { CountingProxy } from "./count-proxy";
import { loadTest, request, timeSequential, type HttpTarget, type Summary } from "./measure";

// The HTTP measurements against `next start`: GET /api/v1/stats/{year} with the user's personal
// access token, and the dashboard page with a session cookie minted with the server's secret.

export const BENCH_AUTH_SECRET = "benchmark-only-secret-never-used-in-production-0001";
const COOKIE = "authjs.session-token";
const WARMUP = 10;
const SEQUENTIAL = 20;
const COUNTED_REQUESTS = 5;

export type HttpOptions = { year: number; clients: number; perClient: number; expectedScenes: number };

export type HttpResult = {
  /** One request at a time, then `clients` at once. */
  sequential: Summary[];
  concurrent: Summary[];
  /** SQL statements on the wire per request, averaged over sequential requests. */
  apiStatements: number;
  dashboardStatements: number;
  notes: string[];
};

async function sessionCookie(user: SessionUser, sessionId: string): Promise<string> {
  // What lib/auth/config.ts's jwt callback puts in the token at sign-in: the session it names
  // was opened by the data set (generate.ts), as a sign-in would.
  const token = { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: 1, sid: sessionId };
  const value = await encode({ token, secret: BENCH_AUTH_SECRET, salt: COOKIE, maxAge: 60 * 60 });
  return `${COOKIE}=${value}`;
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
    headers: { cookie },
  };

  // The server must answer what the lib code answered in-process, and serve the page, not the login.
  const stats = JSON.parse(await expectOk(api)) as { scenes?: unknown };
  if (stats.scenes !== options.expectedScenes)
    throw new Error(`the API counted ${String(stats.scenes)} scenes, the lib code ${options.expectedScenes}`);
  const page = await expectOk(dashboard);
  if (!page.includes('data-testid="role"')) throw new Error("the dashboard page did not render for the signed-in user");

  const sequential: Summary[] = [];
  for (const target of [api, dashboard]) sequential.push(await timeSequential(target.name, SEQUENTIAL, WARMUP, () => expectOk(target)));
  const apiStatements = await countStatements(proxy, api);
  const dashboardStatements = await countStatements(proxy, dashboard);

  const apiLoad = await loadTest(api, options.clients, options.perClient);
  const dashboardLoad = await loadTest(dashboard, options.clients, options.perClient);
  for (const load of [apiLoad, dashboardLoad]) {
    if (load.errors > 0)
      notes.push(
        `${load.name}: ${load.errors} of ${load.requests} answers were not 200 (${[...load.statuses].map(([s, n]) => `${s}×${n}`).join(", ")}).`,
      );
  }
  return { sequential, concurrent: [apiLoad, dashboardLoad], apiStatements, dashboardStatements, notes };
}

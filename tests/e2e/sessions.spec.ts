import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, signIn } from "./fixtures";

// Sessions that end, and sign-in throttling, against the real server (scripts/serve.ts).

test("a copy of the session cookie taken before sign-out is refused after it", async ({ page, browser }) => {
  await signIn(page, demoAccounts.steering);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/oversikt");
  await expect(stolen).toHaveURL(/\/login/);
  const api = await thief.request.get("/api/v1/stats/2025");
  expect(api.status()).toBe(401);
  await thief.close();
});

type Answer = { status: number; location: string };

/** One HTTP request from a loopback address of its own, as another machine would send it. */
function send(
  path: string,
  options: { method?: string; from: string; headers?: Record<string, string>; body?: string },
): Promise<Answer & { cookies: string[]; body: string }> {
  const url = new URL(path, test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method: options.method ?? "GET",
        localAddress: options.from,
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? "", cookies: res.headers["set-cookie"] ?? [], body }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

test("thirty wrong passwords from one address, each naming another X-Forwarded-For, do not keep the owner out", async ({ page }) => {
  const attacker = "127.0.0.3";
  const csrf = await send("/api/auth/csrf", { from: attacker });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  // The last cookie of each name, as a browser keeps it (the proxy and the route both set one).
  const jar = new Map(csrf.cookies.map((c) => c.split(";")[0]!.split(/=(.*)/s) as [string, string]));
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const answers: string[] = [];
  for (let i = 0; i < 30; i++) {
    const body = new URLSearchParams({ email: demoAccounts.steering, password: `fel-${i}`, csrfToken }).toString();
    const answer = await send("/api/auth/callback/credentials", {
      method: "POST",
      from: attacker,
      body,
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(Buffer.byteLength(body)),
        // A new address every time: with no proxy declared, the server must not believe any.
        "x-forwarded-for": `198.51.100.${i + 1}`,
      },
    });
    answers.push(new URL(answer.location, "http://x").searchParams.get("code") ?? answer.location);
  }
  // Five free failures, then the pair of account and address is slowed. Which later attempt lands
  // after a delay has run out depends on the machine's speed, but delays double (1 s, 2 s, 4 s, …),
  // so thirty attempts always meet one; a server that believed the header would throttle none.
  expect(answers.slice(0, 5)).toEqual(Array(5).fill("credentials"));
  expect(answers.slice(5)).toContain("throttled");

  // The owner, at their own address, signs in at once with the right password.
  await signIn(page, demoAccounts.steering, DEMO_PASSWORD);
});

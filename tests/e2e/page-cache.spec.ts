import { expect, test, type APIResponse } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// The dashboard's page cache (docs/decisions/0016): a browser's second request is served from
// the cache, yet with its own CSP nonce; an entry is one user's page; the router's own requests
// render the page.

const DASHBOARD = "/oversikt?ar=2025";
/** As a browser asks for a page: the cache answers only requests for HTML. */
const HTML = { accept: "text/html,application/xhtml+xml" };

function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, "the response's CSP names a nonce").toBeTruthy();
  return nonce!;
}

test("a second request for the dashboard comes from the cache, with the nonce of its own response", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const first = await page.request.get(DASHBOARD, { headers: HTML });
  expect(first.status()).toBe(200);
  const second = await page.request.get(DASHBOARD, { headers: HTML });
  expect(second.status()).toBe(200);
  expect(second.headers()["x-page-cache"]).toBe("hit");

  const html = await second.text();
  const nonces = new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  expect(nonces).toEqual(new Set([nonceOf(second)]));
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  expect(await first.text()).toBe(html.replaceAll(nonceOf(second), nonceOf(first)));
});

test("each user gets their own page from the cache", async ({ browser }) => {
  const steering = await browser.newPage();
  const municipality = await browser.newPage();
  await signIn(steering, demoAccounts.steering);
  await signIn(municipality, demoAccounts.jarfallaMunicipality);
  for (let round = 0; round < 2; round++) {
    await steering.goto(DASHBOARD);
    await expect(steering.getByTestId("role")).toHaveText("Styrgrupp");
    await municipality.goto(DASHBOARD);
    await expect(municipality.getByTestId("role")).toHaveText("Kommunrepresentant");
    await expect(municipality.getByTestId("role").locator("..")).toContainText("Järfälla");
  }
  await steering.close();
  await municipality.close();
});

test("the router's own requests and a made-up query are rendered, not served from the cache", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.request.get(DASHBOARD, { headers: HTML });
  // As the router asks: for the payload, not for HTML.
  const payload = await page.request.get(DASHBOARD, { headers: { rsc: "1", accept: "*/*" } });
  expect(payload.status()).toBe(200);
  expect(payload.headers()["x-page-cache"]).toBeUndefined();
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  const madeUp = await page.request.get(`${DASHBOARD}&x=1`, { headers: HTML });
  expect(madeUp.status()).toBe(200);
  expect(madeUp.headers()["x-page-cache"]).toBe("bypass");
});

test("without a session the dashboard sends the visitor to the login page", async ({ page }) => {
  const response = await page.request.get(DASHBOARD, { headers: HTML, maxRedirects: 0 });
  expect([302, 303, 307]).toContain(response.status());
  expect(response.headers()["location"]).toContain("/login");
});

test("a page from the cache carries the headers of the page rendered", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const rendered = await page.request.get(`${DASHBOARD}&alla=kommuner`, { headers: HTML });
  const cached = await page.request.get(`${DASHBOARD}&alla=kommuner`, { headers: HTML });
  expect(cached.headers()["x-page-cache"]).toBe("hit");
  // Not compared: what differs per response or per connection, Next's own note of the proxy's
  // rewrite, and the session cookie next-auth's proxy sends again on every request it sees (its
  // expiry is the session's absolute end from sign-in, which a hit does not need to repeat).
  const unlike = [
    "date",
    "x-request-id",
    "x-page-cache",
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "x-middleware-rewrite",
    "set-cookie",
  ];
  const shown = (response: APIResponse) => {
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !unlike.includes(name)));
    return { ...headers, "content-security-policy": headers["content-security-policy"]?.replace(nonceOf(response), "NONCE") };
  };
  expect(shown(cached)).toEqual(shown(rendered));
});

test("a page in the cache is not served to a copy of the cookie once its session has ended", async ({ page, browser }) => {
  await signIn(page, demoAccounts.steering);
  await page.request.get(DASHBOARD, { headers: HTML });
  expect((await page.request.get(DASHBOARD, { headers: HTML })).headers()["x-page-cache"]).toBe("hit");
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.request.get(DASHBOARD, { headers: HTML, maxRedirects: 0 });
  expect([302, 303, 307]).toContain(stolen.status());
  expect(stolen.headers()["location"]).toContain("/login");
  await thief.close();
});

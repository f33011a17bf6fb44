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

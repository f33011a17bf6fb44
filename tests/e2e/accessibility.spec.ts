import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, demoAccounts, enterTotpCode, signIn, signOut, waitForMap } from "./fixtures";

// At the default desktop width; narrow-screen.spec.ts runs axe once more on every page at a phone's 390 px.
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the login page, also with an error shown, and the accessibility statement", async ({ page }) => {
  await page.goto("/tillganglighet");
  await expect(page.getByRole("heading", { name: "Tillgänglighetsredogörelse", level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/login");
  await expect(page.getByRole("link", { name: "Tillgänglighetsredogörelse" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expectNoViolations(page);
});

// A page and its axe run take some 4 s on a loaded 2-core machine, far more when the machine is
// busier still: the pages are checked a few per test, and each test has a larger budget (a
// budget for waiting, not a timing assertion).
test.describe.configure({ timeout: 150_000 });
async function checkPages(page: Page, paths: string[], withMap: string[] = []) {
  for (const path of paths) {
    await page.goto(path);
    // Maps load after the page: check them too, once Leaflet has drawn them and their controls.
    if (withMap.includes(path)) await waitForMap(page);
    await expectNoViolations(page);
  }
}

test("the signed-in pages", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await checkPages(page, ["/oversikt", "/karta", "/platser", "/bedomningar"], ["/karta"]);
});

test("the admin's user pages and one's own account", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await checkPages(page, ["/admin/anvandare", "/admin/anvandare/ny", "/konto", "/konto/losenord", "/finns-inte"]);
  await page.goto("/admin/anvandare");
  await page.getByRole("link", { name: "Redigera Jonna Järva" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Jonna Järva");
  await expectNoViolations(page);
  // The confirmations open (not confirmed: Jonna keeps her password and sessions).
  for (const summary of await page.locator("summary").all()) await summary.click();
  await expect(page.getByRole("button", { name: "Ja, avsluta alla sessioner" })).toBeVisible();
  await expectNoViolations(page);
});

test("the scene pages", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  const withMap = ["/platser/S-0001", "/platser/ny", "/platser/S-0001/redigera"];
  await checkPages(page, [...withMap, "/platser/S-0001/stang", "/platser/S-0001/sammanfoga", "/platser/S-0001/dela"], withMap);
});

// The review loop's pages, one role a test (each page with a map and an axe run takes seconds).
test("the work list and a co-signed assessment with its comparison map and history, as an analyst", async ({ page }) => {
  await signIn(page, demoAccounts.sodermalm);
  // A read-only assessment shows its extent beside the year before's on a map.
  const coSigned = `/platser/S-0007/bedomningar/2025`;
  await checkPages(page, ["/bedomningar", coSigned, `${coSigned}/historik`], [coSigned]);
});

test("the co-signing view and the work list, as the municipality", async ({ page }) => {
  const cosign = `/platser/S-0007/bedomningar/${new Date().getFullYear()}`;
  await signIn(page, demoAccounts.stockholm);
  // The comparison map, the previous answers beside the changed ones, the decision form.
  await checkPages(page, ["/bedomningar", cosign], [cosign]);
});

test("a returned assessment's form, its history, and the form after a failed submit", async ({ page }) => {
  const husby = `/platser/S-0003/bedomningar/${new Date().getFullYear()}`;
  await signIn(page, demoAccounts.jarva);
  await checkPages(page, [`${husby}/historik`, husby], [husby]);
  // The error summary and the section list's error state.
  await page.getByLabel("Beskrivning av platsen").fill("");
  await page.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(page.getByRole("heading", { name: "Det finns 1 fel i formuläret" })).toBeFocused();
  await expectNoViolations(page);
});

test("the dashboard and the yearly report", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  for (const path of ["/oversikt?ar=2025", "/oversikt?ar=2026", "/rapport/2025"]) {
    await page.goto(path);
    await waitForMap(page);
    await expectNoViolations(page);
  }
  await page.goto("/bedomningar?ar=2026");
  await expect(page.getByRole("table", { name: "Platser i kartläggningen" })).toBeVisible();
  await expectNoViolations(page);
});

test("the follow-up pages: indicators, interventions, timeline", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  for (const path of ["/platser/S-0001/indikatorer", "/platser/S-0001/insatser", "/platser/S-0001/uppfoljning", "/insatser"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test("the audit log, the import, the tokens, the rounds and the intervention types pages", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  for (const path of ["/admin/logg", "/admin/import", "/admin/tokens", "/admin/kartlaggning", "/admin/insatstyper"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test("one's own tokens, also with a new token shown", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/konto/tokens");
  await expectNoViolations(page);
  await page.getByLabel("Namn på token").fill("Tillgänglighet");
  await page.getByRole("button", { name: "Skapa token" }).click();
  await expect(page.getByLabel("Token", { exact: true })).toBeFocused();
  await expectNoViolations(page);
});

test("the notifications page", async ({ page }) => {
  // The list with entries is checked in notifications.spec.ts, once it has some.
  await signIn(page, demoAccounts.jarfallaMunicipality);
  await checkPages(page, ["/notiser"]);
});

test("the 403 page", async ({ page }) => {
  await signIn(page, demoAccounts.jarfallaMunicipality);
  await page.goto("/admin/anvandare");
  await expectNoViolations(page);
});

test("the second factor: enrolment, and the code page with an error shown", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/konto/tvastegsverifiering");
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  await expectNoViolations(page);
  await signOut(page);

  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(demoAccounts.admin);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Ange engångskod", level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByText("Ange den sexsiffriga koden från appen.")).toBeVisible();
  await page.getByText("Har du inte telefonen? Använd en återställningskod").click();
  await expectNoViolations(page);
  await enterTotpCode(page, DEMO_ADMIN_TOTP_SECRET);
});

// Next year's draft, as tests/e2e/questionnaires.spec.ts goes on to change and publish it.
async function openNextYearDraft(page: Page, next: number) {
  await page.goto("/admin/formular");
  const prepare = page.getByRole("button", { name: `Förbered ${next}` });
  if (await prepare.isVisible()) await prepare.click();
  else await page.goto(`/admin/formular/${next}`);
  await expect(page.getByRole("heading", { name: `Frågeformulär ${next}`, level: 1 })).toBeVisible();
}

test("the questionnaire pages: the versions, next year's editor and a question, with their errors", async ({ page }) => {
  const next = new Date().getFullYear() + 1;
  await signIn(page, demoAccounts.admin);
  await checkPages(page, ["/admin/formular"]);
  await openNextYearDraft(page, next);
  await page.locator("summary", { hasText: `Publicera ${next} års formulär` }).click();
  await expect(page.getByRole("button", { name: "Ja, publicera" })).toBeVisible();
  await page.getByRole("button", { name: "Lägg till frågan" }).click();
  await expect(page.getByRole("region", { name: "Lägg till fråga" }).getByTestId("form-error")).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Ändra frågan ”Symtom på platsen”" }).click();
  await page.getByRole("button", { name: "Lägg till alternativet" }).click();
  await expect(page.getByLabel("Alternativets kod")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
});

test("the questionnaire's preview with its errors, a frozen year and the comparison", async ({ page }) => {
  const year = new Date().getFullYear();
  const next = year + 1;
  await signIn(page, demoAccounts.admin);
  await openNextYearDraft(page, next);
  await page.goto(`/admin/formular/${next}/forhandsgranska`);
  await waitForMap(page);
  await page.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectNoViolations(page);
  await checkPages(page, [`/admin/formular/${year}`, `/admin/formular/jamfor?fran=${year - 1}&till=${next}`, "/admin/formular/jamfor"]);
});

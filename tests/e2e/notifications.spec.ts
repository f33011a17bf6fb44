import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { smtpPort } from "../../playwright.config";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { DEMO_PASSWORD, demoAccounts, signIn, waitForMap } from "./fixtures";

// The notifications end to end, with a real SMTP server on a loopback port (the app is configured
// for it in playwright.config.ts): an analyst submits; the municipality's representative gets an
// e-mail and a notification in the app, follows the e-mail's link through the sign-in to the
// assessment and co-signs it; the analyst is told.

const YEAR = new Date().getFullYear();
const SCENE = "S-0006"; // Barkarby station, Järfälla: not started this year in the demo data.

let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await startSmtpServer(smtpPort);
});

test.afterAll(async () => {
  await smtp.close();
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const bell = (page: Page, unread: string) => page.getByRole("link", { name: `Aviseringar, ${unread}` });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The one e-mail to the address with this subject, once it has arrived. */
async function mailTo(address: string, subject: string) {
  await expect.poll(() => smtp.to(address).filter((m) => m.subject === subject).length).toBe(1);
  return smtp.to(address).find((m) => m.subject === subject)!;
}

test("submit → e-mail and notification to the representative, who follows the link and co-signs → the analyst is told", async ({
  browser,
}) => {
  const police = await newPage(browser);
  await signIn(police, demoAccounts.jarfalla);
  await expect(bell(police, "inga olästa")).toBeVisible();
  await police.getByRole("link", { name: "Bedömningar", exact: true }).click();
  await police.getByRole("button", { name: `Påbörja Barkarby station ${YEAR}` }).click();
  await expect(police.getByRole("status")).toHaveText("Bedömningen har påbörjats som utkast.");
  // Last year's answers and extent are filled in; submit once the form has hydrated.
  await waitForMap(police);
  await police.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(police.getByRole("status")).toHaveText("Bedömningen har skickats till kommunen för medsignering.");

  // The e-mail holds the reference and a link, nothing of the case.
  const submitted = await mailTo(demoAccounts.jarfallaMunicipality, `${SCENE}: bedömningen ${YEAR} väntar på medsignering`);
  expect(submitted.text).not.toContain("Barkarby");
  expect(submitted.text).not.toContain("Jakob");
  const link = submitted.text.match(/http:\/\/localhost:\d+\/platser\/S-0006\/bedomningar\/\d{4}/)?.[0];
  expect(link).toBeDefined();

  // The representative, not signed in, follows the link: the sign-in brings them to the assessment.
  const municipality = await newPage(browser);
  await municipality.goto(link!);
  await municipality.getByLabel("E-postadress").fill(demoAccounts.jarfallaMunicipality);
  await municipality.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await municipality.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(municipality.getByRole("heading", { level: 1 })).toContainText("Barkarby station");
  await expect(municipality).toHaveURL(new RegExp(`/platser/${SCENE}/bedomningar/${YEAR}$`));

  // The same notification is in the app: the bell counts it, the list opens it and marks it read.
  await bell(municipality, "1 oläst").click();
  await expect(municipality.getByRole("heading", { name: "Aviseringar", level: 1 })).toBeVisible();
  const row = municipality.getByRole("row", { name: new RegExp(`${SCENE}: bedömningen ${YEAR} väntar på medsignering`) });
  await expect(row.getByText("Oläst")).toBeVisible();
  await expectNoViolations(municipality);
  await row.getByRole("link").click();
  await expect(municipality.getByRole("heading", { level: 1 })).toContainText("Barkarby station");
  await expect(bell(municipality, "inga olästa")).toBeVisible();
  // The co-signer sees what they sign: the year's extent on a map, over the year before's outline.
  await expect(municipality.getByRole("region", { name: new RegExp(`^Karta: platsens utbredning ${YEAR}`) })).toBeVisible();
  await municipality.getByRole("button", { name: "Medsignera" }).click();
  await expect(municipality.getByRole("status")).toHaveText("Bedömningen är medsignerad.");

  // The analyst is told, by e-mail and in the app.
  const cosigned = await mailTo(demoAccounts.jarfalla, `${SCENE}: bedömningen ${YEAR} är medsignerad`);
  expect(cosigned.text).toContain(`/platser/${SCENE}/bedomningar/${YEAR}`);
  await police.goto("/notiser");
  await expect(bell(police, "1 oläst")).toBeVisible();
  await expect(police.getByRole("row", { name: new RegExp(`${SCENE}: bedömningen ${YEAR} är medsignerad`) })).toBeVisible();
  await police.getByRole("button", { name: "Markera alla som lästa" }).click();
  await expect(police.getByTestId("form-success")).toHaveText("1 avisering markerades som lästa.");
  await expect(bell(police, "inga olästa")).toBeVisible();
  await expect(police.getByRole("row", { name: /är medsignerad/ }).getByText("Läst")).toBeVisible();
  // Nobody else heard of it: one e-mail each.
  expect(smtp.inbox.map((m) => m.to)).toEqual([[demoAccounts.jarfallaMunicipality], [demoAccounts.jarfalla]]);
});

test("e-mail can be turned off under Mitt konto, also without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demoAccounts.sodermalm);
  await page.goto("/konto");
  const email = page.getByLabel("Skicka aviseringarna också med e-post");
  await expect(email).toBeChecked();
  await email.uncheck();
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("E-postaviseringar är avstängda.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Skicka aviseringarna också med e-post")).not.toBeChecked();
  await page.goto("/notiser");
  await expect(page.getByText("Aviseringarna skickas inte med e-post.")).toBeVisible();
  await page.goto("/konto");
  await page.getByLabel("Skicka aviseringarna också med e-post").check();
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("E-postaviseringar är påslagna.")).toBeVisible();
  await context.close();
});

test("an unknown notification, or another person's, leads back to one's own list", async ({ page }) => {
  await signIn(page, demoAccounts.sodermalm);
  await page.goto("/notiser/not-a-notification-of-mine");
  await expect(page).toHaveURL(/\/notiser$/);
  await expect(page.getByRole("heading", { name: "Aviseringar", level: 1 })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { demoAccounts, mainNav, signIn } from "./fixtures";

const everyone = ["Översikt", "Karta", "Platser", "Bedömningar", "Vad fungerar"];

const roles = [
  { email: demoAccounts.admin, role: "Administratör", nav: [...everyone, "Admin"], scope: "Hela Stockholms län" },
  { email: demoAccounts.steering, role: "Styrgrupp", nav: everyone, scope: "Hela Stockholms län" },
  { email: demoAccounts.jarva, role: "Polisanalytiker", nav: everyone, scope: "Järva" },
  { email: demoAccounts.jarfalla, role: "Polisanalytiker", nav: everyone, scope: "Järfälla" },
  { email: demoAccounts.sodermalm, role: "Polisanalytiker", nav: everyone, scope: "Södermalm" },
  { email: demoAccounts.stockholm, role: "Kommunrepresentant", nav: everyone, scope: "Stockholm kommun" },
  { email: demoAccounts.jarfallaMunicipality, role: "Kommunrepresentant", nav: everyone, scope: "Järfälla kommun" },
];

for (const account of roles) {
  test(`${account.email} signs in and sees the navigation of the role`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(mainNav(page).getByRole("link")).toHaveText(account.nav);
    await expect(page.getByTestId("role")).toHaveText(account.role);
    await expect(page.getByRole("main")).toContainText(account.scope);
  });
}

test("a wrong password gets one message that does not say which part was wrong, and keeps the address", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(demoAccounts.jarva);
  await page.getByLabel("Lösenord").fill("fel-lösenord");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Fel e-postadress eller lösenord.");
  await expect(page.getByLabel("E-postadress")).toHaveValue(demoAccounts.jarva);

  // A fresh form: the message of the first attempt would otherwise already be there to be read.
  await page.goto("/login");
  await expect(page.getByTestId("form-error")).toHaveCount(0);
  await page.getByLabel("E-postadress").fill("finns.inte@demo.test");
  await page.getByLabel("Lösenord").fill("demo1234");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Fel e-postadress eller lösenord.");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foversikt/);
});

test("an anonymous visitor is sent to the login page, and back after signing in", async ({ page }) => {
  await page.goto("/platser");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplatser/);
  await page.getByLabel("E-postadress").fill(demoAccounts.jarva);
  await page.getByLabel("Lösenord").fill("demo1234");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Platser", level: 1 })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the login form works and shows its errors", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-postadress").fill(demoAccounts.jarfalla);
    await page.getByLabel("Lösenord").fill("fel");
    await page.getByRole("button", { name: "Logga in", exact: true }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Fel e-postadress eller lösenord.");
    await expect(page.getByLabel("E-postadress")).toHaveValue(demoAccounts.jarfalla);
    await page.getByLabel("Lösenord").fill("demo1234");
    await page.getByRole("button", { name: "Logga in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
  });
});

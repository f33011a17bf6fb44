import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

test("a police analyst is refused the admin pages on the server", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  for (const path of ["/admin", "/admin/anvandare", "/admin/anvandare/ny", "/admin/insatstyper"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Ingen behörighet" })).toBeVisible();
  }
});

test("an unknown page gets the Swedish 404 page", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const response = await page.goto("/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
});

test("an admin creates an analyst, who then signs in with the one-time password", async ({ page, browser }) => {
  await signIn(page, demoAccounts.admin);
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Ny användare" }).click();
  await expect(page.getByRole("heading", { name: "Ny användare", level: 1 })).toBeVisible();
  await page.getByLabel("Namn").fill("Nora Nacka");
  await page.getByLabel("E-postadress").fill("nora.nacka@polisen.test");
  await page.getByLabel("Roll").selectOption({ label: "Polisanalytiker" });
  await page.getByRole("button", { name: "Spara" }).click();
  // Without an LPO the form refuses, keeps the input and says why at the field.
  await expect(page.getByText("Välj minst ett lokalpolisområde för en polisanalytiker.")).toBeVisible();
  await expect(page.getByLabel("Namn")).toHaveValue("Nora Nacka");
  await page.getByRole("checkbox", { name: "Nacka" }).check();
  await page.getByRole("button", { name: "Spara" }).click();
  // The outcome takes the form's place and the admin's focus, with the one-time password.
  const outcome = page.getByTestId("one-time-password");
  await expect(outcome.getByRole("heading", { name: "Användaren har skapats." })).toBeFocused();
  const password = (await outcome.getByTestId("one-time-password-value").textContent())!;

  // The newcomer must choose their own password before anything else opens.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("E-postadress").fill("nora.nacka@polisen.test");
  await newcomer.getByLabel("Lösenord").fill(password);
  await newcomer.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(newcomer.getByRole("heading", { name: "Välj ett nytt lösenord", level: 1 })).toBeVisible();
  await newcomer.getByLabel("Nuvarande lösenord").fill(password);
  await newcomer.getByLabel("Nytt lösenord").fill("tre glada grodor i Nacka");
  await newcomer.getByLabel("Upprepa det nya lösenordet").fill("tre glada grodor i Nacka");
  await newcomer.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(newcomer.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
  await expect(newcomer.getByRole("main")).toContainText("Nacka");
  await context.close();
});

test("a disabled user's open session stops working at the next request", async ({ page, browser }) => {
  const context = await browser.newContext();
  const victim = await context.newPage();
  await signIn(victim, demoAccounts.sodermalm);

  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/anvandare");
  await page.getByRole("link", { name: "Redigera Sara Södermalm" }).click();
  // Disabling asks first, without needing JavaScript (a disclosure in the form).
  await page.locator("summary", { hasText: "Inaktivera" }).click();
  await page.getByRole("button", { name: "Ja, inaktivera" }).click();
  await expect(page.getByRole("heading", { name: "Status: Inaktiverad" })).toBeVisible();

  await victim.goto("/platser");
  await expect(victim).toHaveURL(/\/login/);
  await expect(victim.getByRole("heading", { name: "Logga in", exact: true })).toBeVisible();

  // Enabled again, the account can sign in anew (the old session stays ended).
  await page.getByRole("button", { name: "Aktivera", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Status: Aktiv" })).toBeVisible();
  await signIn(victim, demoAccounts.sodermalm);
  await context.close();
});

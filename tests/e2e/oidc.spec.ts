import { expect, test, type Page } from "@playwright/test";
import { oidcPort } from "../../playwright.config";
import { startOidcProvider, type TestProvider } from "../support/oidc-provider";
import { demoAccounts, mainNav } from "./fixtures";

// Single sign-on through a real OpenID provider on a loopback port: only accounts an admin created
// get in, with the role and scope of this app's own record.

let provider: TestProvider;

test.beforeAll(async ({}, testInfo) => {
  provider = await startOidcProvider({
    port: oidcPort,
    clientId: "ods-e2e",
    clientSecret: "e2e-client-secret-for-the-test-provider",
    redirectUri: `${testInfo.project.use.baseURL}/api/auth/callback/testidp`,
    accounts: {
      "jonna.j": { email: demoAccounts.jarva, name: "Jonna Järva" },
      "okand.person": { email: "okand.person@polisen.se", name: "Okänd Person" },
      "tove.t": { email: "tidigare@demo.test", name: "Tove Tidigare" },
      overifierad: { email: demoAccounts.steering, name: "Overifierad", emailVerified: false },
    },
  });
});

test.afterAll(async () => {
  await provider.close();
});

/** Through the provider's own login and consent pages, as the person would. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: "Logga in med Testleverantören" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a person the admin created signs in through the provider, with the role and scope of this app", async ({ page }) => {
  await signInAtProvider(page, "jonna.j");
  await expect(page.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
  await expect(page.getByTestId("role")).toHaveText("Polisanalytiker");
  await expect(page.getByRole("main")).toContainText("Järva");
  await expect(mainNav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("a person without an account here is refused with a message in Swedish", async ({ page }) => {
  await signInAtProvider(page, "okand.person");
  await expect(page).toHaveURL(/\/login\?fel=okant-konto/);
  await expect(page.getByTestId("login-refused")).toContainText("inte kopplat till någon användare här");
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/login/);
});

test("a disabled user is refused", async ({ page }) => {
  await signInAtProvider(page, "tove.t");
  await expect(page.getByTestId("login-refused")).toHaveText("Ditt konto är inaktiverat. Kontakta en administratör.");
});

test("an address the provider has not verified matches nobody", async ({ page }) => {
  await signInAtProvider(page, "overifierad");
  await expect(page.getByTestId("login-refused")).toContainText("inte kopplat till någon användare här");
});

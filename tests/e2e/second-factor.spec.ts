import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, enterTotpCode, nextTotpCode, signIn, signOut } from "./fixtures";

// A second factor taken by choice, by a user whose role does not require one: enrolment with the
// QR code and the secret in text, sign-in with a code computed here from that secret, a wrong code
// refused, a recovery code working once. The admin's reset puts the demo account back as it was.

const user = { email: demoAccounts.stockholm, name: "Klara Stockholm" };
let enrolled = false;

async function signInWithPassword(page: Page): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Ange engångskod", level: 1 })).toBeVisible();
}

async function useRecoveryCode(page: Page, code: string): Promise<void> {
  await page.getByText("Har du inte telefonen? Använd en återställningskod").click();
  await page.getByLabel("Återställningskod").fill(code);
  await page.getByRole("button", { name: "Logga in med återställningskod" }).click();
}

async function resetAsAdmin(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/anvandare");
  await page.getByRole("link", { name: `Redigera ${user.name}` }).click();
  const section = page.getByRole("region", { name: "Tvåstegsverifiering" });
  await expect(section).toContainText("Påslagen sedan");
  await section.getByRole("button", { name: "Återställ tvåstegsverifiering" }).click();
  await expect(section.getByText("Bekräfta att du har kontrollerat")).toBeVisible();
  await section.getByLabel("Jag har kontrollerat att det är användaren själv").check();
  await section.getByRole("button", { name: "Återställ tvåstegsverifiering" }).click();
  await expect(section.getByTestId("form-success")).toHaveText("Tvåstegsverifieringen är återställd och användaren är utloggad.");
  await expect(section).toContainText("Inte påslagen.");
  await page.close();
  enrolled = false;
}

test.afterAll(async ({ browser }) => {
  if (enrolled) await resetAsAdmin(browser);
});

test("a user enrols, signs in with a code, is refused a wrong code, and uses a recovery code once", async ({ page, browser }) => {
  await signIn(page, user.email);
  await page.goto("/konto/tvastegsverifiering");
  await expect(page.getByRole("heading", { name: "Tvåstegsverifiering", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-kod att skanna med autentiseringsappen" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Sexsiffrig kod").fill(await nextTotpCode(secret));
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Tvåstegsverifiering är påslagen.");
  enrolled = true;
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "Fortsätt till översikten" }).click();
  await expect(page.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
  await signOut(page);

  // A wrong code: refused at the field, in Swedish.
  await signInWithPassword(page);
  const field = page.getByLabel("Sexsiffrig kod");
  const right = await nextTotpCode(secret);
  await field.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, "0"));
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByText("Koden stämmer inte, eller har redan använts.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  // The right code, computed from the secret the page showed.
  await enterTotpCode(page, secret);
  await signOut(page);

  // A recovery code works once.
  await signInWithPassword(page);
  await useRecoveryCode(page, codes[0]!);
  await expect(page.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
  await signOut(page);
  await signInWithPassword(page);
  await useRecoveryCode(page, codes[0]!);
  await expect(page.getByText("Återställningskoden stämmer inte, eller har redan använts.")).toBeVisible();
  await page.getByRole("button", { name: "Avbryt och logga ut" }).click();
  await expect(page.getByRole("heading", { name: "Logga in", exact: true })).toBeVisible();

  // The admin's reset, with its confirmation: the account signs in with the password alone again.
  await resetAsAdmin(browser);
  await signIn(page, user.email);
});
